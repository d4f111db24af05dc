package vn.vanthu.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Real Unicode Vietnamese is never converted: the 59 shared originals' reference texts and the seed. */
class LegacySharedCorpusTest {

    @Test
    void noReferenceTextIsConverted() {
        Map<String, String> refs = LegacySharedData.referenceTexts();
        assertEquals(59, refs.size());
        List<String> converted = new ArrayList<>();
        for (Map.Entry<String, String> e : refs.entrySet()) {
            LegacyRepair r = LegacyText.repair(e.getValue());
            if (r.changed() || !r.text().equals(e.getValue())) {
                converted.add(e.getKey() + " → " + r.encoding() + " " + r.convertedParagraphs());
            }
        }
        assertEquals(List.of(), converted);
    }

    @Test
    void seedReportIsNotConverted() {
        String seed = LegacySharedData.seedReport();
        LegacyRepair r = LegacyText.repair(seed);
        assertFalse(r.changed());
        assertEquals(seed, r.text());
    }

    @Test
    void referenceTextsSurviveARoundTripThroughEachEncoding() {
        // the detector must also find the legacy form of real documents, not only our samples
        Map<String, String> refs = LegacySharedData.referenceTexts();
        int checked = 0;
        for (Map.Entry<String, String> e : refs.entrySet()) {
            String text = e.getValue();
            if (text.length() < 2000) {
                continue;
            }
            // some references hold combining tone marks; the codecs give NFC
            String sample = java.text.Normalizer.normalize(text.substring(0, 2000), java.text.Normalizer.Form.NFC);
            LegacyRepair vni = LegacyText.repair(VniCodec.toMojibake(sample));
            assertEquals(sample, vni.text(), e.getKey() + " via VNI");
            LegacyRepair tcvn3 = LegacyText.repair(Tcvn3Codec.toMojibake(sample));
            assertTrue(tcvn3.encoding().isPresent(), e.getKey() + " via TCVN3");
            assertEquals(LegacyEncoding.TCVN3, tcvn3.encoding().get());
            checked++;
        }
        assertTrue(checked > 30, "checked " + checked);
    }
}
