package vn.vanthu.text;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Map;

/**
 * TCVN 5712:1993 "VN3", the 8-bit code of the ABC fonts (.VnTime, .VnArial; upper-case twins
 * .VnTimeH, .VnArialH). One byte per precomposed letter; the lower-case letters and Ă Â Ê Ô Ơ Ư
 * Đ sit in 0xA1–0xFF, the other capitals in 0x80–0x9F and a few C0 control positions.
 *
 * <p>Text typed in these fonts reaches us as mojibake: Word stored the bytes as Windows-1252
 * characters, so "Tôi đi học" arrives as "T«i ®i häc". {@link #decode} maps those characters
 * back. Only 0xA1–0xFF and the C1 controls are mapped: the C1 positions appear when a file was
 * read as ISO-8859-1, but in a Windows-1252 reading the same bytes are quotes and dashes
 * (“ ” – …) that a .VnTime document really uses, so those are left alone.
 */
public final class Tcvn3Codec {

    /** Unicode for bytes 0x80–0xFF (0xA0 stays a no-break space). */
    private static final char[] HIGH = (
        "ÀẢÃÁẠẶẬÈẺẼÉẸỆÌỈĨ"
        + "ÍỊÒỎÕÓỌỘỜỞỠỚỢÙỦŨ"
        + "\u00A0ĂÂÊÔƠƯĐăâêôơưđẰ"
        + "\u0300\u0309\u0303\u0301\u0323àảãáạẲằẳẵắẴ"
        + "ẮẦẨẪẤỀặầẩẫấậèỂẻẽ"
        + "éẹềểễếệìỉỄẾỒĩíịò"
        + "ỔỏõóọồổỗốộờởỡớợùỖ"
        + "ủũúụừửữứựỳỷỹýỵỐ").toCharArray();

    /** Capitals the standard puts in C0 control positions. */
    private static final Map<Character, Character> LOW = Map.ofEntries(
        Map.entry((char) 0x01, 'Ú'), Map.entry((char) 0x02, 'Ụ'), Map.entry((char) 0x04, 'Ừ'),
        Map.entry((char) 0x05, 'Ử'), Map.entry((char) 0x06, 'Ữ'), Map.entry((char) 0x11, 'Ứ'),
        Map.entry((char) 0x12, 'Ự'), Map.entry((char) 0x13, 'Ỳ'), Map.entry((char) 0x14, 'Ỷ'),
        Map.entry((char) 0x15, 'Ỹ'), Map.entry((char) 0x16, 'Ý'), Map.entry((char) 0x17, 'Ỵ'));

    private static final Map<Character, Integer> ENCODE = new HashMap<>();

    static {
        if (HIGH.length != 128) {
            throw new IllegalStateException("TCVN3 table must have 128 entries, has " + HIGH.length);
        }
        for (int i = 0; i < HIGH.length; i++) {
            char c = HIGH[i];
            // the keyboard only typed 0xA1–0xFF; capitals came from the H fonts (see encode)
            if (i >= 0x21 && Character.getType(c) != Character.NON_SPACING_MARK) {
                ENCODE.put(c, 0x80 + i);
            }
        }
    }

    private Tcvn3Codec() {
    }

    /** The Unicode letter a TCVN3 byte stands for (0x00–0xFF). */
    public static char byteToChar(int b) {
        if (b >= 0x80) {
            return HIGH[b - 0x80];
        }
        return LOW.getOrDefault((char) b, (char) b);
    }

    /** True when the character is where a Windows-1252 or Latin-1 reading puts a TCVN3 letter. */
    public static boolean isMapped(char c) {
        return (c >= 0xA1 && c <= 0xFF) || (c >= 0x80 && c <= 0x9F);
    }

    /** Repairs TCVN3 mojibake: "T«i ®i häc" → "Tôi đi học". Other characters pass unchanged. */
    public static String decode(String mojibake) {
        StringBuilder sb = new StringBuilder(mojibake.length());
        boolean combining = false;
        for (int i = 0; i < mojibake.length(); i++) {
            char c = mojibake.charAt(i);
            if (isMapped(c)) {
                char u = HIGH[c - 0x80];
                combining |= Character.getType(u) == Character.NON_SPACING_MARK;
                sb.append(u);
            } else {
                sb.append(c);
            }
        }
        // bytes 0xB0–0xB4 are separate tone marks: compose them with the letter before
        return combining ? Normalizer.normalize(sb, Normalizer.Form.NFC) : sb.toString();
    }

    /** Decodes raw TCVN3 bytes (e.g. a .txt file typed with the ABC keyboard). */
    public static String decode(byte[] bytes) {
        StringBuilder sb = new StringBuilder(bytes.length);
        for (byte b : bytes) {
            sb.append(byteToChar(b & 0xFF));
        }
        return Normalizer.normalize(sb, Normalizer.Form.NFC);
    }

    /**
     * Encodes Unicode text as TCVN3 bytes, the way a .VnTime user typed it: only 0xA1–0xFF, so
     * a capital with a tone mark falls back to its lower-case byte, which the .VnTimeH font
     * draws as the capital. Characters outside TCVN3 become '?'.
     */
    public static byte[] encode(String unicode) {
        String nfc = Normalizer.normalize(unicode, Normalizer.Form.NFC);
        byte[] out = new byte[nfc.length()];
        for (int i = 0; i < nfc.length(); i++) {
            char c = nfc.charAt(i);
            Integer code = ENCODE.get(c);
            if (code == null && Character.isUpperCase(c)) {
                code = ENCODE.get(Character.toLowerCase(c));
            }
            if (code != null) {
                out[i] = (byte) (int) code;
            } else if (c < 0x80) {
                out[i] = (byte) c;
            } else {
                out[i] = '?';
            }
        }
        return out;
    }

    /** The mojibake a Windows-1252 reader shows for {@link #encode}'s bytes. */
    public static String toMojibake(String unicode) {
        return new String(encode(unicode), StandardCharsets.ISO_8859_1);
    }
}
