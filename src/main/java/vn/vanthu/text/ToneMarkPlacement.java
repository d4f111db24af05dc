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
            if (!Character.isLetter(buf[i])) {
                i++;
                continue;
            }
            int start = i;
            while (i < len && Character.isLetter(buf[i])) {
                i++;
            }
            moved |= canonicalize(buf, start, i);
        }
        return moved;
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
        char ta = Character.toLowerCase(VietnameseLetters.toneless(a));
        char tb = Character.toLowerCase(VietnameseLetters.toneless(b));
        if (ta == 'o' && (tb == 'a' || tb == 'e')) {
            return OA_OE;
        }
        if (ta == 'u' && tb == 'y') {
            return UY;
        }
        return NONE;
    }
}
