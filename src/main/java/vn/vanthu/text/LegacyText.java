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
        for (String line : lines) {
            String repaired = repairLine(line, encoding);
            if (!repaired.equals(line)) {
                converted.merge(encoding, 1, Integer::sum);
            }
            out.append(repaired);
        }
        return new LegacyRepair(out.toString(), detection, lines.size(), converted);
    }

    private static String repairLine(String line, LegacyEncoding encoding) {
        if (!LegacyEncodingDetector.isCandidate(line)) {
            return line;
        }
        int gain = LegacyEncodingDetector.gain(encoding, line);
        // VIQR's marks are ordinary punctuation: only convert where it clearly helps
        if (gain < 0 || (encoding == LegacyEncoding.VIQR && gain == 0)) {
            return line;
        }
        String repaired = encoding.toUnicode(line);
        if (encoding == LegacyEncoding.TCVN3) {
            repaired = Tcvn3Capitals.restore(line, repaired);
        }
        return repaired;
    }
}
