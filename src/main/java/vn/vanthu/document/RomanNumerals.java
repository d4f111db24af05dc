package vn.vanthu.document;

import java.util.Locale;
import java.util.Optional;

/** Roman numerals as terms are written ("khóa XI"). */
public final class RomanNumerals {
    private static final int[] VALUES = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
    private static final String[] SYMBOLS = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};

    private RomanNumerals() {
    }

    public static String toRoman(int n) {
        if (n <= 0) {
            return Integer.toString(n);
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < VALUES.length; i++) {
            while (n >= VALUES[i]) {
                sb.append(SYMBOLS[i]);
                n -= VALUES[i];
            }
        }
        return sb.toString();
    }

    /**
     * The value of a Roman numeral in either case ("XI", "xi"); empty unless it is written the
     * standard way (so "IIII", "VX" and words such as "MIX" that are not canonical are refused).
     */
    public static Optional<Integer> parse(String s) {
        String t = s.strip().toUpperCase(Locale.ROOT);
        if (t.isEmpty() || !t.chars().allMatch(c -> "IVXLCDM".indexOf(c) >= 0)) {
            return Optional.empty();
        }
        int total = 0;
        for (int i = 0; i < t.length(); i++) {
            int v = value(t.charAt(i));
            if (i + 1 < t.length() && v < value(t.charAt(i + 1))) {
                total -= v;
            } else {
                total += v;
            }
        }
        return total > 0 && toRoman(total).equals(t) ? Optional.of(total) : Optional.empty();
    }

    private static int value(char c) {
        return switch (c) {
            case 'I' -> 1;
            case 'V' -> 5;
            case 'X' -> 10;
            case 'L' -> 50;
            case 'C' -> 100;
            case 'D' -> 500;
            default -> 1000;
        };
    }
}
