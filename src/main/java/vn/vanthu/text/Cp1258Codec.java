package vn.vanthu.text;

import java.text.Normalizer;
import java.util.Map;

/**
 * Windows-1258: Latin-1 letters plus Ă Đ Ơ Ư (and lower case) and the five tone marks as
 * separate combining characters, so "Việt" is "Viê" + dot below + "t". Decoding gives
 * decomposed text that NFC then composes.
 *
 * <p>The mojibake case: the file was read as Windows-1252, so Đ shows as "Ð", ư as "ý" and the
 * tone marks as "Ì ì Ò Þ ò" after their vowel ("Viêòt"). {@link #decode(String)} reverses that.
 */
public final class Cp1258Codec {

    /** Where Windows-1258 differs from Windows-1252 in 0xC0–0xFF: 1252 character → 1258 character. */
    private static final Map<Character, Character> FROM_1252 = Map.ofEntries(
        Map.entry('Ã', 'Ă'), Map.entry('Ì', '\u0300'), Map.entry('Ð', 'Đ'), Map.entry('Ò', '\u0309'),
        Map.entry('Õ', 'Ơ'), Map.entry('Ý', 'Ư'), Map.entry('Þ', '\u0303'), Map.entry('ã', 'ă'),
        Map.entry('ì', '\u0301'), Map.entry('ð', 'đ'), Map.entry('ò', '\u0323'), Map.entry('õ', 'ơ'),
        Map.entry('ý', 'ư'), Map.entry('þ', '₫'));

    private Cp1258Codec() {
    }

    /** Decodes Windows-1258 bytes to NFC text. */
    public static String decode(byte[] bytes) {
        String as1252 = new String(bytes, java.nio.charset.Charset.forName("windows-1252"));
        return decode(as1252);
    }

    /** Repairs text that was Windows-1258 read as Windows-1252: "Viêòt Nam" → "Việt Nam". */
    public static String decode(String mojibake) {
        StringBuilder sb = new StringBuilder(mojibake.length());
        for (int i = 0; i < mojibake.length(); i++) {
            char c = mojibake.charAt(i);
            sb.append(FROM_1252.getOrDefault(c, c));
        }
        return Normalizer.normalize(sb, Normalizer.Form.NFC);
    }

    /** Encodes Unicode text as Windows-1258 bytes ('?' for what it cannot hold). */
    public static byte[] encode(String unicode) {
        String nfd = Normalizer.normalize(unicode, Normalizer.Form.NFD);
        // Windows-1258 keeps â ê ô ă ơ ư đ precomposed and only the tones apart
        StringBuilder sb = new StringBuilder(nfd.length());
        int i = 0;
        while (i < nfd.length()) {
            char base = nfd.charAt(i++);
            StringBuilder shape = new StringBuilder();
            StringBuilder tone = new StringBuilder();
            while (i < nfd.length() && Character.getType(nfd.charAt(i)) == Character.NON_SPACING_MARK) {
                char m = nfd.charAt(i++);
                (isShapeMark(m) ? shape : tone).append(m);
            }
            sb.append(Normalizer.normalize(base + shape.toString(), Normalizer.Form.NFC)).append(tone);
        }
        StringBuilder as1252 = new StringBuilder(sb.length());
        for (int k = 0; k < sb.length(); k++) {
            char c = sb.charAt(k);
            Character back = null;
            for (Map.Entry<Character, Character> e : FROM_1252.entrySet()) {
                if (e.getValue() == c) {
                    back = e.getKey();
                }
            }
            as1252.append(back != null ? back.charValue() : c);
        }
        return as1252.toString().getBytes(java.nio.charset.Charset.forName("windows-1252"));
    }

    /** The mojibake a Windows-1252 reader shows for Windows-1258 text. */
    public static String toMojibake(String unicode) {
        return new String(encode(unicode), java.nio.charset.Charset.forName("windows-1252"));
    }

    private static boolean isShapeMark(char c) {
        return c == '\u0302' || c == '\u0306' || c == '\u031B';
    }

}
