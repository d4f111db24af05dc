package vn.vanthu.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class TelexDecoderTest {

    @Test
    void decodesTelex() {
        assertEquals(Optional.of("tiếp xúc cử tri"), TelexDecoder.decode("tieeps xucs cuwr tri"));
        assertEquals(Optional.of("hội đồng nhân dân"), TelexDecoder.decode("hooij ddoongf nhaan daan"));
        assertEquals(Optional.of("Thường trực"), TelexDecoder.decode("Thuwowngf trwcj"));
    }

    @Test
    void decodesVni() {
        assertEquals(Optional.of("tiếp xúc"), TelexDecoder.decode("tie6p1 xuc1"));
    }

    @Test
    void toneGoesOnTheMainVowel() {
        assertEquals(Optional.of("hòa giải"), TelexDecoder.decode("hoaf giair"));
        assertEquals(Optional.of("quý"), TelexDecoder.decode("quys"));
        assertEquals(Optional.of("thủy"), TelexDecoder.decode("thuyr"));
    }

    @Test
    void plainWordsAreLeftAlone() {
        assertTrue(TelexDecoder.decode("ban tri").isEmpty());
        assertTrue(TelexDecoder.decode("hội đồng").isEmpty());
    }
}
