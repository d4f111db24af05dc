package vn.vanthu.text;

import java.text.Normalizer;

/**
 * Brings Vietnamese text to one spelling without changing its words: NFC, canonical tone-mark
 * placement ({@link ToneMarkPlacement}), ordinary spaces for the exotic ones, no zero-width
 * characters, ASCII {@code -} and {@code /} for their Unicode look-alikes. Case is kept.
 */
public final class VietnameseNormalizer {
    private VietnameseNormalizer() {
    }

    /** The normalised text; runs of horizontal spaces become one space, line breaks stay. */
    public static String normalize(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        boolean lastSpace = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isIgnorable(c)) {
                continue;
            }
            if (isHorizontalSpace(c)) {
                if (!lastSpace) {
                    sb.append(' ');
                }
                lastSpace = true;
                continue;
            }
            lastSpace = false;
            sb.append(mapPunctuation(c));
        }
        String nfc = Normalizer.normalize(sb, Normalizer.Form.NFC);
        return ToneMarkPlacement.canonicalize(nfc);
    }

    /** Characters with no width that get in the way of matching (zero-width space, joiners, soft hyphen, BOM). */
    public static boolean isIgnorable(char c) {
        return c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\uFEFF' || c == '\u00AD';
    }

    /** Spaces other than line breaks: tab, space, NBSP, the typographic spaces. */
    public static boolean isHorizontalSpace(char c) {
        return c == ' ' || c == '\t' || c == '\u00A0' || c == '\u202F' || c == '\u3000'
                || (c >= '\u2000' && c <= '\u200A') || c == '\u205F' || c == '\u1680';
    }

    /** Whether {@code c} is a hyphen or dash of any kind (including the minus sign). */
    public static boolean isDash(char c) {
        return c == '-' || (c >= '\u2010' && c <= '\u2015') || c == '\u2212' || c == '\uFE58'
                || c == '\uFE63' || c == '\uFF0D';
    }

    /** Whether {@code c} is a slash of any kind. */
    public static boolean isSlash(char c) {
        return c == '/' || c == '\u2044' || c == '\u2215' || c == '\uFF0F' || c == '\u29F8';
    }

    /** ASCII {@code -} for every dash and {@code /} for every slash; other characters unchanged. */
    public static char mapPunctuation(char c) {
        if (c < 128) {
            return c;
        }
        if (isDash(c)) {
            return '-';
        }
        if (isSlash(c)) {
            return '/';
        }
        return c;
    }
}
