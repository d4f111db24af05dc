package vn.vanthu.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class VietnameseNormalizerTest {

    @Test
    void composesDecomposedInput() {
        String nfd = "Ho\u0323\u0302i \u0111o\u0302\u0300ng";
        assertEquals("Hội đồng", VietnameseNormalizer.normalize(nfd));
    }

    @Test
    void newStyleToneMarksMoveToTheOldPlace() {
        assertEquals("hòa khỏe thủy Ủy", VietnameseNormalizer.normalize("hoà khoẻ thuỷ Uỷ"));
        assertEquals("HÒA KHỎE THỦY", VietnameseNormalizer.normalize("HOÀ KHOẺ THUỶ"));
        assertEquals("ủy ban nhân dân", VietnameseNormalizer.normalize("uỷ ban nhân dân"));
    }

    @Test
    void oldStyleAndFinalConsonantsStayAsTheyAre() {
        for (String s : new String[] {"hòa", "thủy", "hoàng", "thuyết", "khoảng", "hoạch", "quý", "quả",
                "khuya", "ngoài", "khuỷu", "thuở", "giá", "hòa bình"}) {
            assertEquals(s, VietnameseNormalizer.normalize(s), s);
        }
    }

    @Test
    void toneAfterQuGoesOnTheVowelAfterU() {
        assertEquals("quý", VietnameseNormalizer.normalize("qúy"));
        assertEquals("Quỳnh", VietnameseNormalizer.normalize("Quỳnh"));
    }

    @Test
    void decomposedNewStyleBecomesCanonicalOldStyle() {
        assertEquals("thủy", VietnameseNormalizer.normalize("thuy\u0309"));
    }

    @Test
    void spacesDashesAndSlashesAreMadePlain() {
        assertEquals("kinh tế - xã hội", VietnameseNormalizer.normalize("kinh\u00A0tế \u2013 xã\u2002\u2002hội"));
        assertEquals("40/KH-HĐND", VietnameseNormalizer.normalize("40\u2215KH\u2011HĐND"));
        assertEquals("hội đồng", VietnameseNormalizer.normalize("hội\u200B đồng\u00AD"));
        assertEquals("dòng một\ndòng hai", VietnameseNormalizer.normalize("dòng một\ndòng hai"));
    }

    @Test
    void zeroWidthCharactersDoNotBlockComposition() {
        assertEquals("hội", VietnameseNormalizer.normalize("ho\u200B\u0323\u0302i"));
    }
}
