package vn.vanthu.text;

/**
 * Puts back the ư that TCVN3 text loses: its byte 0xAD is the soft hyphen, which Word,
 * LibreOffice and extractors may drop as invisible or turn into a zero-width space, so
 * "Ph­¬ng" (Phương) arrives as "Ph¬ng" and decodes to the impossible "Phơng", and "th­"
 * (thư) as "th". Where a word is no syllable as it stands, and exactly one place for an ư makes
 * it one, the ư goes there. A loss that leaves a syllable ("l­u" → "lu") cannot be seen.
 */
final class Tcvn3SoftHyphen {

    private static final char ZERO_WIDTH_SPACE = '\u200B';

    private Tcvn3SoftHyphen() {
    }

    static String restore(String decoded) {
        String text = decoded.indexOf(ZERO_WIDTH_SPACE) >= 0 ? zeroWidthSpaces(decoded) : decoded;
        StringBuilder out = new StringBuilder(text.length() + 4);
        int i = 0;
        int n = text.length();
        while (i < n) {
            int start = i;
            while (i < n && Character.isLetter(text.charAt(i))) {
                i++;
            }
            if (i > start) {
                out.append(restoreWord(text.substring(start, i)));
            }
            while (i < n && !Character.isLetter(text.charAt(i))) {
                out.append(text.charAt(i++));
            }
        }
        return out.toString();
    }

    /** A zero-width space inside a word stood for the soft hyphen, that is for ư. */
    private static String zeroWidthSpaces(String text) {
        StringBuilder sb = new StringBuilder(text);
        for (int i = 0; i < sb.length(); i++) {
            if (sb.charAt(i) == ZERO_WIDTH_SPACE && i > 0 && Character.isLetter(sb.charAt(i - 1))) {
                sb.setCharAt(i, Character.isUpperCase(sb.charAt(i - 1)) ? 'Ư' : 'ư');
            }
        }
        return sb.toString();
    }

    private static String restoreWord(String word) {
        if (word.length() > 7 || LegacySyllables.isSyllable(word)) {
            return word;
        }
        boolean upper = word.length() > 1 && word.equals(word.toUpperCase(java.util.Locale.ROOT));
        String found = null;
        for (int k = 1; k <= word.length(); k++) {
            String candidate = word.substring(0, k) + (upper ? 'Ư' : 'ư') + word.substring(k);
            if (LegacySyllables.isSyllable(candidate)) {
                if (found != null) {
                    return word; // two readings: leave it
                }
                found = candidate;
            }
        }
        return found != null ? found : word;
    }
}
