package vn.vanthu.text;

import java.text.Normalizer;

/**
 * Per-character tables for Latin letters as Vietnamese uses them: the tone a precomposed vowel
 * carries, the same vowel without it, the vowel with another tone, and the plain base letter.
 * Built once from the Unicode decompositions, so filters can work on {@code char[]} without
 * allocating.
 */
public final class VietnameseLetters {
    /** No tone mark (thanh ngang). */
    public static final int NO_TONE = 0;

    /** Combining tone marks by tone number: huyền, sắc, hỏi, ngã, nặng. */
    private static final char[] TONE_MARKS = {0, '\u0300', '\u0301', '\u0309', '\u0303', '\u0323'};

    /** Table range: Basic Latin to Latin Extended Additional (where every Vietnamese letter lives). */
    private static final int LIMIT = 0x1F00;

    private static final byte[] TONE = new byte[LIMIT];
    private static final char[] TONELESS = new char[LIMIT];
    private static final char[][] WITH_TONE = new char[LIMIT][];
    private static final char[] FOLDED = new char[LIMIT];

    static {
        for (char c = 0; c < LIMIT; c++) {
            TONELESS[c] = c;
            FOLDED[c] = Character.isLetter(c) ? Character.toLowerCase(c) : c;
        }
        for (char c = 0; c < LIMIT; c++) {
            if (!Character.isLetter(c)) {
                continue;
            }
            String nfd = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
            char base = nfd.charAt(0);
            if (base >= 128 || !Character.isLetter(base)) {
                continue;
            }
            StringBuilder kept = new StringBuilder().append(base);
            int tone = NO_TONE;
            boolean onlyMarks = true;
            for (int i = 1; i < nfd.length(); i++) {
                char m = nfd.charAt(i);
                int t = toneNumber(m);
                if (t != NO_TONE) {
                    tone = t;
                } else if (Character.getType(m) == Character.NON_SPACING_MARK) {
                    kept.append(m);
                } else {
                    onlyMarks = false;
                }
            }
            if (!onlyMarks) {
                continue;
            }
            FOLDED[c] = Character.toLowerCase(base);
            String toneless = Normalizer.normalize(kept, Normalizer.Form.NFC);
            if (toneless.length() == 1) {
                TONE[c] = (byte) tone;
                TONELESS[c] = toneless.charAt(0);
            }
        }
        FOLDED['đ'] = 'd';
        FOLDED['Đ'] = 'd';
        // Toned forms of each toneless vowel, only where Unicode has them precomposed.
        for (char c = 0; c < LIMIT; c++) {
            if (TONE[c] != NO_TONE || TONELESS[c] != c || !Character.isLetter(c)) {
                continue;
            }
            char[] forms = new char[TONE_MARKS.length];
            forms[NO_TONE] = c;
            boolean all = true;
            String nfd = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
            for (int t = 1; t < TONE_MARKS.length; t++) {
                String composed = Normalizer.normalize(nfd + TONE_MARKS[t], Normalizer.Form.NFC);
                if (composed.length() != 1) {
                    all = false;
                    break;
                }
                forms[t] = composed.charAt(0);
            }
            if (all) {
                WITH_TONE[c] = forms;
            }
        }
    }

    private VietnameseLetters() {
    }

    private static int toneNumber(char mark) {
        for (int t = 1; t < TONE_MARKS.length; t++) {
            if (TONE_MARKS[t] == mark) {
                return t;
            }
        }
        return NO_TONE;
    }

    /** The tone (1–5) a precomposed vowel carries, or {@link #NO_TONE}. */
    public static int tone(char c) {
        return c < LIMIT ? TONE[c] : NO_TONE;
    }

    /** The letter without its tone mark, keeping case and other marks (ấ → â, Ủ → U). */
    public static char toneless(char c) {
        return c < LIMIT ? TONELESS[c] : c;
    }

    /** The vowel {@code c} with tone {@code tone} instead of its own, or {@code c} if Unicode has no such letter. */
    public static char withTone(char c, int tone) {
        char bare = toneless(c);
        char[] forms = bare < LIMIT ? WITH_TONE[bare] : null;
        return forms == null ? c : forms[tone];
    }

    /** Lower-case base letter without any mark (ế → e, Đ → d); other characters unchanged. */
    public static char fold(char c) {
        return c < LIMIT ? FOLDED[c] : Character.toLowerCase(c);
    }

    /** Whether {@code c} is a Vietnamese vowel letter, with or without marks, either case. */
    public static boolean isVowel(char c) {
        switch (fold(c)) {
            case 'a', 'e', 'i', 'o', 'u', 'y':
                return c < LIMIT && Character.isLetter(c);
            default:
                return false;
        }
    }

    /** Whether {@code c} carries any Vietnamese diacritic (tone or vowel mark, or is đ). */
    public static boolean hasDiacritic(char c) {
        return c >= 128 && c < LIMIT && Character.isLetter(c) && FOLDED[c] < 128 && FOLDED[c] != Character.toLowerCase(c);
    }
}
