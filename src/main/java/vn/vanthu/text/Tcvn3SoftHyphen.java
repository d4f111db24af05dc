package vn.vanthu.text;

/**
 * Puts back the ư that TCVN3 text loses: its byte 0xAD is the soft hyphen, which Word and
 * extractors may drop as invisible, so "Ph­¬ng" (Phương) arrives as "Ph¬ng" and decodes to the
 * impossible "Phơng". Where a word is no syllable as it stands but is one with ư before its ơ,
 * the ư is restored.
 */
final class Tcvn3SoftHyphen {

    private Tcvn3SoftHyphen() {
    }

    static String restore(String decoded) {
        if (!containsHornedO(decoded)) {
            return decoded;
        }
        StringBuilder out = new StringBuilder(decoded.length() + 4);
        int i = 0;
        int n = decoded.length();
        while (i < n) {
            int start = i;
            while (i < n && Character.isLetter(decoded.charAt(i))) {
                i++;
            }
            if (i > start) {
                out.append(restoreWord(decoded.substring(start, i)));
            }
            while (i < n && !Character.isLetter(decoded.charAt(i))) {
                out.append(decoded.charAt(i++));
            }
        }
        return out.toString();
    }

    private static String restoreWord(String word) {
        if (LegacySyllables.isSyllable(word)) {
            return word;
        }
        for (int k = 1; k < word.length(); k++) {
            char c = word.charAt(k);
            char prev = Character.toLowerCase(word.charAt(k - 1));
            if (isHornedO(c) && prev != 'u' && prev != 'ư') {
                char u = Character.isUpperCase(c) ? 'Ư' : 'ư';
                String candidate = word.substring(0, k) + u + word.substring(k);
                return LegacySyllables.isSyllable(candidate) ? candidate : word;
            }
        }
        return word;
    }

    private static boolean containsHornedO(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (isHornedO(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** ơ with any tone, either case. */
    private static boolean isHornedO(char c) {
        return "ơờớởỡợƠỜỚỞỠỢ".indexOf(c) >= 0;
    }
}
