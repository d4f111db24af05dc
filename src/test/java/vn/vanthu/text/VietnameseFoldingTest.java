package vn.vanthu.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class VietnameseFoldingTest {

    @Test
    void removesEveryMarkAndFoldsD() {
        assertEquals("hoi dong nhan dan", VietnameseFolding.fold("Hội đồng nhân dân"));
        assertEquals("uy ban dang bo", VietnameseFolding.fold("ỦY BAN ĐẢNG BỘ"));
        assertEquals("a a a e e i o o o u u y", VietnameseFolding.fold("ằ ẩ ạ ề ẹ ĩ ờ ổ ọ ừ ụ ỹ"));
    }

    @Test
    void foldsDecomposedInputToo() {
        assertEquals("hoi", VietnameseFolding.fold("ho\u0323\u0302i"));
        assertEquals("hoi", VietnameseFolding.fold("HO\u0302\u0323I"));
    }

    @Test
    void leavesDigitsAndPunctuation() {
        assertEquals("40/kh-hdnd 83,33%", VietnameseFolding.fold("40/KH-HĐND 83,33%"));
    }

    @Test
    void inPlaceFoldMatchesStringFold() {
        char[] buf = "Thường trực HĐND".toCharArray();
        int n = VietnameseFolding.fold(buf, buf.length);
        assertEquals("thuong truc hdnd", new String(buf, 0, n));
    }

    @Test
    void detectsDiacritics() {
        assertTrue(VietnameseFolding.hasDiacritics("hội đồng"));
        assertTrue(VietnameseFolding.hasDiacritics("dong Đ"));
        assertTrue(VietnameseFolding.hasDiacritics("ho\u0323i"));
        assertFalse(VietnameseFolding.hasDiacritics("hoi dong nhan dan 40/KH"));
    }
}
