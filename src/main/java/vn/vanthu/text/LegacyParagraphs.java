package vn.vanthu.text;

import java.util.ArrayList;
import java.util.List;

/** Splits text into lines (keeping their line ends, so joining them gives the text back). */
final class LegacyParagraphs {

    /*
     * Punctuation stripped from word edges before the syllable check. Not Latin-1 symbols,
     * which are TCVN3 letters, and not the VIQR marks that can end a word (^ ( + ` ~).
     */
    private static final String LEADING = "\"'([{<“‘–—-•*#";
    private static final String TRAILING = "\"'.,;:!?)]}>”’…–—-%";

    private LegacyParagraphs() {
    }

    static List<String> split(String text) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\f' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                out.add(text.substring(start, i + 1));
                start = i + 1;
            }
        }
        if (start < text.length()) {
            out.add(text.substring(start));
        }
        return out;
    }

    static String stripPunctuation(String word) {
        int a = 0;
        int b = word.length();
        while (a < b && LEADING.indexOf(word.charAt(a)) >= 0) {
            a++;
        }
        while (b > a && TRAILING.indexOf(word.charAt(b - 1)) >= 0) {
            b--;
        }
        return word.substring(a, b);
    }
}
