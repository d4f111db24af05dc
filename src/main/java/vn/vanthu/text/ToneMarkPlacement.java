package vn.vanthu.text;

/**
 * Moves tone marks to one canonical place. The old and new spelling rules (VIETNAMESE.md) differ
 * only for a word-final {@code oa}, {@code oe} or {@code uy}: old "hòa, khỏe, thủy", new "hoà, khoẻ,
 * thuỷ". vanthu keeps the old style as canonical because administrative and legal texts, and the
 * abbreviation table (ủy ban, huyện ủy), mostly use it. After {@code q} the {@code u} belongs to the
 * consonant, so "quý" stays and the slip "qúy" becomes "quý".
 */
public final class ToneMarkPlacement {
    private ToneMarkPlacement() {
    }

    /** Canonical placement in every letter run of {@code s}; returns {@code s} itself when nothing moves. */
    public static String canonicalize(String s) {
        char[] chars = null;
        int n = s.length();
        int i = 0;
        while (i < n) {
            if (!Character.isLetter(s.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && Character.isLetter(s.charAt(i))) {
                i++;
            }
            if (needsMove(s, start, i)) {
                if (chars == null) {
                    chars = s.toCharArray();
                }
                canonicalize(chars, start, i);
            }
        }
        return chars == null ? s : new String(chars);
    }

    /** Canonical placement in every letter run of {@code buf[0..len)}, in place; returns whether anything moved. */
    public static boolean canonicalizeRuns(char[] buf, int len) {
        boolean moved = false;
        int i = 0;
        while (i < len) {
            if (!isLetter(buf[i])) {
                i++;
                continue;
            }
            int start = i;
            while (i < len && isLetter(buf[i])) {
                i++;
            }
            moved |= canonicalize(buf, start, i);
        }
        return moved;
    }

    // Per character of the Latin blocks, looked up instead of asking Character for every letter of
    // every indexed word (the build profile's largest share of this class). Same answers.
    private static final int LIMIT = 0x1F00;
    private static final boolean[] LETTER = new boolean[LIMIT];
    /** What {@link #finalPair} asks of a letter: toneless and lower-cased, o, u, a/e, y or none of them. */
    private static final byte[] PAIR_ROLE = new byte[LIMIT];
    private static final byte ROLE_O = 1;
    private static final byte ROLE_U = 2;
    private static final byte ROLE_AE = 3;
    private static final byte ROLE_Y = 4;

    static {
        for (char c = 0; c < LIMIT; c++) {
            LETTER[c] = Character.isLetter(c);
            PAIR_ROLE[c] = pairRole(Character.toLowerCase(VietnameseLetters.toneless(c)));
        }
    }

    private static boolean isLetter(char c) {
        return c < LIMIT ? LETTER[c] : Character.isLetter(c);
    }

    private static byte pairRole(char bare) {
        return switch (bare) {
            case 'o' -> ROLE_O;
            case 'u' -> ROLE_U;
            case 'a', 'e' -> ROLE_AE;
            case 'y' -> ROLE_Y;
            default -> 0;
        };
    }

    private static byte role(char c) {
        return c < LIMIT ? PAIR_ROLE[c] : pairRole(Character.toLowerCase(VietnameseLetters.toneless(c)));
    }

    /**
     * Canonical placement in the word {@code buf[start..end)}, in place (the length never changes:
     * every toned Vietnamese vowel is one precomposed character).
     *
     * @return whether a mark was moved
     */
    public static boolean canonicalize(char[] buf, int start, int end) {
        if (end - start < 2) {
            return false;
        }
        char first = buf[end - 2];
        char second = buf[end - 1];
        int kind = finalPair(first, second);
        if (kind == NONE) {
            return false;
        }
        char before = end - 3 >= start ? buf[end - 3] : ' ';
        if (VietnameseLetters.isVowel(before)) {
            return false; // three-vowel nuclei (oai, uya…) are spelled the same in both styles
        }
        boolean afterQ = VietnameseLetters.fold(before) == 'q';
        if (kind == UY && afterQ) {
            return move(buf, end - 2, end - 1); // qúy → quý
        }
        if (afterQ) {
            return false;
        }
        return move(buf, end - 1, end - 2); // hoà → hòa, thuỷ → thủy
    }

    private static boolean needsMove(String s, int start, int end) {
        if (end - start < 2) {
            return false;
        }
        return finalPair(s.charAt(end - 2), s.charAt(end - 1)) != NONE
                && (VietnameseLetters.tone(s.charAt(end - 1)) != VietnameseLetters.NO_TONE
                || VietnameseLetters.tone(s.charAt(end - 2)) != VietnameseLetters.NO_TONE);
    }

    private static boolean move(char[] buf, int from, int to) {
        int tone = VietnameseLetters.tone(buf[from]);
        if (tone == VietnameseLetters.NO_TONE || VietnameseLetters.tone(buf[to]) != VietnameseLetters.NO_TONE) {
            return false;
        }
        buf[from] = VietnameseLetters.toneless(buf[from]);
        buf[to] = VietnameseLetters.withTone(buf[to], tone);
        return true;
    }

    private static final int NONE = 0;
    private static final int OA_OE = 1;
    private static final int UY = 2;

    /** Whether the two letters are a bare o+a, o+e or u+y (ignoring tones, not â, ơ…). */
    private static int finalPair(char a, char b) {
        byte rb = role(b);
        if (rb == ROLE_AE) {
            return role(a) == ROLE_O ? OA_OE : NONE;
        }
        if (rb == ROLE_Y) {
            return role(a) == ROLE_U ? UY : NONE;
        }
        return NONE;
    }
}
