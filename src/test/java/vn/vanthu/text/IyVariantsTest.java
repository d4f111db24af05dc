package vn.vanthu.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.vanthu.config.IndexConfig;

class IyVariantsTest {

    @Test
    void mapsVariantsToTheFirstSpelling() {
        IyVariants v = IyVariants.parse(List.of("kỹ kĩ", "lý lí"));
        assertEquals(Optional.of("kỹ"), v.canonical("kĩ"));
        assertEquals(Optional.of("lý"), v.canonical("lí"));
        assertTrue(v.canonical("kỹ").isEmpty());
    }

    @Test
    void bundledTableLeavesAmbiguousPairsOut() {
        IyVariants v = IyVariants.parse(IndexConfig.bundled().lines("iy-variants.txt"));
        assertEquals(Optional.of("quy"), v.canonical("qui"));
        assertTrue(v.canonical("ty").isEmpty());
        assertTrue(v.canonical("ti").isEmpty());
        assertTrue(v.canonical("hi").isEmpty());
    }

    @Test
    void rejectsALineWithoutVariant() {
        assertThrows(IllegalArgumentException.class, () -> IyVariants.parse(List.of("kỹ")));
    }
}
