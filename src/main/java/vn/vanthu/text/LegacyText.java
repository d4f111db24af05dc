package vn.vanthu.text;

import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The one entry point for legacy Vietnamese encodings: give it extracted text (and the font
 * names of the document when the extractor has them), get Unicode back.
 *
 * <p>The whole text decides which repair, if any, is justified ({@link LegacyEncodingDetector});
 * it is then applied line by line, only to lines that hold no Unicode-only letter and that the
 * repair does not make worse. A document mixing Unicode and TCVN3 paragraphs keeps the former.
 */
public final class LegacyText {

    private LegacyText() {
    }

    public static LegacyRepair repair(String text) {
        return repair(text, Set.of());
    }

    public static LegacyRepair repair(String text, Collection<String> fontNames) {
        List<String> lines = LegacyParagraphs.split(text);
        LegacyDetection detection = LegacyEncodingDetector.detect(lines, fontNames);
        if (detection.encoding().isEmpty()) {
            return new LegacyRepair(text, detection, lines.size(), Map.of());
        }
        LegacyEncoding encoding = detection.encoding().get();
        Map<LegacyEncoding, Integer> converted = new EnumMap<>(LegacyEncoding.class);
        StringBuilder out = new StringBuilder(text.length());
        boolean mixed = lines.stream().anyMatch(l -> !LegacyEncodingDetector.isCandidate(l));
        for (String line : lines) {
            String repaired = repairLine(line, encoding, mixed);
            if (!repaired.equals(line)) {
                converted.merge(encoding, 1, Integer::sum);
            }
            out.append(repaired);
        }
        return new LegacyRepair(out.toString(), detection, lines.size(), converted);
    }

    private static String repairLine(String line, LegacyEncoding encoding, boolean mixed) {
        if (!LegacyEncodingDetector.isCandidate(line)) {
            return encoding == LegacyEncoding.VIQR ? line : repairWords(line, encoding);
        }
        int gain = LegacyEncodingDetector.gain(encoding, line);
        // A line the repair neither helps nor harms ("Soá:" is VNI for "Số:" but also reads as
        // a syllable) is converted in a document that is legacy throughout. In a document that
        // also holds Unicode lines, it must show a trace of the encoding (« ® µ ñ ö…): Unicode
        // lines such as "Cá nhân" are also TCVN3 bytes ("Cỏ nhõn"). VIQR's marks are ordinary
        // punctuation, so VIQR lines always need a gain.
        boolean trace = encoding != LegacyEncoding.VIQR && (!mixed || LegacyEncodingDetector.hasForeignLatin1(line));
        if (gain < 0 || (gain == 0 && !trace)) {
            return line;
        }
        return finish(line, encoding.toUnicode(line), encoding);
    }

    /**
     * A line half converted by some earlier tool holds Unicode letters and legacy words side
     * by side ("Tạo lập hå s¬ lưu tr÷"): repair each word that shows a trace of the encoding
     * and becomes a Vietnamese syllable, and nothing else.
     */
    private static String repairWords(String line, LegacyEncoding encoding) {
        if (!LegacyEncodingDetector.hasForeignLatin1(line)) {
            return line;
        }
        StringBuilder out = new StringBuilder(line.length());
        int i = 0;
        int n = line.length();
        while (i < n) {
            int start = i;
            while (i < n && !Character.isWhitespace(line.charAt(i))) {
                i++;
            }
            String word = line.substring(start, i);
            out.append(repairWord(word, encoding));
            while (i < n && Character.isWhitespace(line.charAt(i))) {
                out.append(line.charAt(i++));
            }
        }
        return out.toString();
    }

    private static String repairWord(String word, LegacyEncoding encoding) {
        if (word.isEmpty() || !LegacyEncodingDetector.isCandidate(word) || !LegacyEncodingDetector.hasForeignLatin1(word)) {
            return word;
        }
        String repaired = finish(word, encoding.toUnicode(word), encoding);
        boolean fixed = LegacySyllables.isSyllable(LegacyParagraphs.stripPunctuation(repaired))
            && !LegacySyllables.isSyllable(LegacyParagraphs.stripPunctuation(word));
        return fixed ? repaired : word;
    }

    private static String finish(String original, String repaired, LegacyEncoding encoding) {
        if (encoding == LegacyEncoding.TCVN3) {
            repaired = Tcvn3SoftHyphen.restore(Tcvn3Capitals.restore(original, repaired));
        }
        return repaired;
    }
}
