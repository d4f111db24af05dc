package vn.vanthu.text;

import java.util.Optional;

/**
 * Decodes Vietnamese typed as Telex or VNI keystrokes without an input method ("tieeps xucs",
 * "tie6p1 xuc1" → "tiếp xúc"). Telex: aa â, aw ă, ee ê, oo ô, ow ơ, uw or w ư, dd đ, and a final s f r x j
 * for sắc huyền hỏi ngã nặng; VNI: digits 6 (â ê ô), 7 (ơ ư), 8 (ă), 9 (đ), 1–5 for the tones.
 * A word is decoded only if it contains such keystrokes and yields a single syllable with at most one
 * tone, so ordinary words pass through unchanged.
 */
public final class TelexDecoder {
    private TelexDecoder() {
    }

    /** The decoded text, if any word was decoded. */
    public static Optional<String> decode(String text) {
        String[] words = text.strip().split("\\s+");
        boolean changed = false;
        StringBuilder sb = new StringBuilder();
        for (String w : words) {
            String d = decodeWord(w);
            changed |= !d.equals(w);
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(d);
        }
        return changed ? Optional.of(VietnameseNormalizer.normalize(sb.toString())) : Optional.empty();
    }

    static String decodeWord(String w) {
        if (w.isEmpty() || w.chars().anyMatch(c -> c >= 128)) {
            return w;
        }
        StringBuilder s = new StringBuilder();
        int tone = VietnameseLetters.NO_TONE;
        boolean keystroke = false;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            char lower = Character.toLowerCase(c);
            char prev = s.length() > 0 ? Character.toLowerCase(s.charAt(s.length() - 1)) : 0;
            boolean upper = s.length() > 0 && Character.isUpperCase(s.charAt(s.length() - 1));
            char mod = modified(prev, lower);
            if (mod != 0 && s.length() > 0) {
                s.setCharAt(s.length() - 1, upper ? Character.toUpperCase(mod) : mod);
                keystroke = true;
                continue;
            }
            if (lower == 'w') { // a lone w is ư ("trwcj" → trực)
                s.append(Character.isUpperCase(c) ? 'Ư' : 'ư');
                keystroke = true;
                continue;
            }
            int t = toneKey(lower, i == w.length() - 1, s);
            if (t != VietnameseLetters.NO_TONE) {
                if (tone != VietnameseLetters.NO_TONE) {
                    return w;
                }
                tone = t;
                keystroke = true;
                continue;
            }
            if (!Character.isLetter(c)) {
                return w;
            }
            s.append(c);
        }
        if (!keystroke) {
            return w;
        }
        return tone == VietnameseLetters.NO_TONE ? s.toString() : placeTone(s, tone);
    }

    /** The letter made by typing {@code key} after {@code prev}, or 0. */
    private static char modified(char prev, char key) {
        switch (key) {
            case 'a': return prev == 'a' ? 'â' : 0;
            case 'e': return prev == 'e' ? 'ê' : 0;
            case 'o': return prev == 'o' ? 'ô' : 0;
            case 'd': return prev == 'd' ? 'đ' : 0;
            case 'w': return prev == 'a' ? 'ă' : prev == 'o' ? 'ơ' : prev == 'u' ? 'ư' : 0;
            case '6': return prev == 'a' ? 'â' : prev == 'e' ? 'ê' : prev == 'o' ? 'ô' : 0;
            case '7': return prev == 'o' ? 'ơ' : prev == 'u' ? 'ư' : 0;
            case '8': return prev == 'a' ? 'ă' : 0;
            case '9': return prev == 'd' ? 'đ' : 0;
            default: return 0;
        }
    }

    /** A tone keystroke: Telex letters only as the last key after a vowel somewhere; VNI digits anywhere after a vowel. */
    private static int toneKey(char key, boolean last, CharSequence soFar) {
        boolean hasVowel = false;
        for (int i = 0; i < soFar.length(); i++) {
            hasVowel |= VietnameseLetters.isVowel(soFar.charAt(i));
        }
        if (!hasVowel) {
            return VietnameseLetters.NO_TONE;
        }
        switch (key) {
            case '1': return 2;
            case '2': return 1;
            case '3': return 3;
            case '4': return 4;
            case '5': return 5;
            default: break;
        }
        if (!last) {
            return VietnameseLetters.NO_TONE;
        }
        switch (key) {
            case 's': return 2;
            case 'f': return 1;
            case 'r': return 3;
            case 'x': return 4;
            case 'j': return 5;
            default: return VietnameseLetters.NO_TONE;
        }
    }

    /**
     * Puts the tone on the main vowel: a vowel with a mark (â ê ô ơ ư ă) wins; otherwise, with a final
     * consonant the last vowel, without one the second-to-last of two or more vowels (old style, like
     * {@link ToneMarkPlacement}); a leading "qu"/"gi" glide does not count.
     */
    private static String placeTone(StringBuilder s, int tone) {
        int start = 0;
        String lower = s.toString().toLowerCase(java.util.Locale.ROOT);
        if ((lower.startsWith("qu") || lower.startsWith("gi")) && lower.length() > 2
                && VietnameseLetters.isVowel(lower.charAt(2))) {
            start = 2;
        }
        int first = -1;
        int last = -1;
        int marked = -1;
        for (int i = start; i < s.length(); i++) {
            char c = s.charAt(i);
            if (VietnameseLetters.isVowel(c)) {
                if (first < 0) {
                    first = i;
                }
                last = i;
                if (VietnameseLetters.fold(c) != Character.toLowerCase(c)) {
                    marked = i;
                }
            } else if (first >= 0) {
                break;
            }
        }
        if (first < 0) {
            return s.toString();
        }
        boolean finalConsonant = last < s.length() - 1;
        int at = marked >= 0 ? marked : (finalConsonant || first == last) ? last : last - 1;
        s.setCharAt(at, VietnameseLetters.withTone(s.charAt(at), tone));
        return s.toString();
    }
}
