package vn.vanthu.text;

import java.text.Normalizer;
import java.util.Map;

/**
 * VNI-Windows, the code of the VNI fonts (VNI-Times, VNI-Helve…): an ASCII base letter followed
 * by a mark byte, so "Tôi đi học" is typed "Toâi ñi hoïc". Some letters have a byte of their
 * own (ơ "ô", ư "ö", đ "ñ", the i family "í ì æ ó ò"), and the circumflex or breve together with
 * a tone is one byte ("aá" = ấ, "aé" = ắ). Read through Windows-1252 the bytes are Latin-1
 * letters, which is the mojibake Tika gives us.
 */
public final class VniCodec {

    // Combining marks used to build the result (then NFC).
    private static final String CIRC = "\u0302";
    private static final String BREVE = "\u0306";
    private static final String HORN = "\u031B";
    private static final String GRAVE = "\u0300";
    private static final String ACUTE = "\u0301";
    private static final String HOOK = "\u0309";
    private static final String TILDE = "\u0303";
    private static final String DOT = "\u0323";

    /** Mark bytes that follow a, e, o (lower case): circumflex alone or with a tone. */
    private static final Map<Character, String> CIRC_MARKS = Map.of(
        'â', CIRC, 'à', CIRC + GRAVE, 'á', CIRC + ACUTE, 'å', CIRC + HOOK, 'ã', CIRC + TILDE, 'ä', CIRC + DOT);
    /** Mark bytes that follow a: breve alone or with a tone. */
    private static final Map<Character, String> BREVE_MARKS = Map.of(
        'ê', BREVE, 'è', BREVE + GRAVE, 'é', BREVE + ACUTE, 'ú', BREVE + HOOK, 'ü', BREVE + TILDE, 'ë', BREVE + DOT);
    /** Tone bytes that follow any vowel. */
    private static final Map<Character, String> TONES = Map.of(
        'ø', GRAVE, 'ù', ACUTE, 'û', HOOK, 'õ', TILDE, 'ï', DOT);
    /** Letters that are one byte. */
    private static final Map<Character, String> SINGLE = Map.of(
        'ô', "o" + HORN, 'ö', "u" + HORN, 'ñ', "đ", 'í', "i" + ACUTE, 'ì', "i" + GRAVE,
        'æ', "i" + HOOK, 'ó', "i" + TILDE, 'ò', "i" + DOT, 'î', "y" + DOT);

    private VniCodec() {
    }

    /** Repairs VNI mojibake: "Toâi ñi hoïc" → "Tôi đi học". */
    public static String decode(String mojibake) {
        StringBuilder sb = new StringBuilder(mojibake.length() + 8);
        int n = mojibake.length();
        for (int i = 0; i < n; i++) {
            char c = mojibake.charAt(i);
            boolean upper = Character.isUpperCase(c);
            char lc = Character.toLowerCase(c);
            String single = SINGLE.get(lc);
            if (single != null) {
                sb.append(upper ? single.toUpperCase(java.util.Locale.ROOT) : single);
                i = appendTone(mojibake, i, sb);
                continue;
            }
            if (isBaseVowel(lc) && i + 1 < n) {
                char m = Character.toLowerCase(mojibake.charAt(i + 1));
                String marks = null;
                if ((lc == 'a' || lc == 'e' || lc == 'o') && CIRC_MARKS.containsKey(m)) {
                    marks = CIRC_MARKS.get(m);
                } else if (lc == 'a' && BREVE_MARKS.containsKey(m)) {
                    marks = BREVE_MARKS.get(m);
                }
                if (marks != null) {
                    sb.append(c).append(marks);
                    i++;
                    continue;
                }
                sb.append(c);
                i = appendTone(mojibake, i, sb);
                continue;
            }
            sb.append(c);
        }
        return Normalizer.normalize(sb, Normalizer.Form.NFC);
    }

    /** Appends the tone byte following position i, if any; returns the last consumed index. */
    private static int appendTone(String s, int i, StringBuilder sb) {
        if (i + 1 < s.length()) {
            String tone = TONES.get(Character.toLowerCase(s.charAt(i + 1)));
            if (tone != null) {
                sb.append(tone);
                return i + 1;
            }
        }
        return i;
    }

    private static boolean isBaseVowel(char lc) {
        return lc == 'a' || lc == 'e' || lc == 'i' || lc == 'o' || lc == 'u' || lc == 'y';
    }

    /** Encodes Unicode text as VNI-Windows, returned as the Windows-1252 characters of its bytes. */
    public static String toMojibake(String unicode) {
        String nfd = Normalizer.normalize(unicode, Normalizer.Form.NFD);
        StringBuilder sb = new StringBuilder(nfd.length() + 8);
        int i = 0;
        while (i < nfd.length()) {
            char base = nfd.charAt(i++);
            String marks = "";
            while (i < nfd.length() && Character.getType(nfd.charAt(i)) == Character.NON_SPACING_MARK) {
                marks += nfd.charAt(i++);
            }
            sb.append(encodeLetter(base, marks));
        }
        return sb.toString();
    }

    private static String encodeLetter(char base, String marks) {
        boolean upper = Character.isUpperCase(base);
        char lb = Character.toLowerCase(base);
        String shape = marks.contains(CIRC) ? CIRC : marks.contains(BREVE) ? BREVE : marks.contains(HORN) ? HORN : "";
        String tone = marks.replace(CIRC, "").replace(BREVE, "").replace(HORN, "");
        String out;
        if (lb == 'đ') {
            out = "ñ";
        } else if (!shape.isEmpty() && !shape.equals(HORN)) {
            Map<Character, String> table = shape.equals(CIRC) ? CIRC_MARKS : BREVE_MARKS;
            out = lb + keyOf(table, shape + tone);
            tone = "";
        } else if (shape.equals(HORN)) {
            out = lb == 'o' ? "ô" : "ö";
        } else if (lb == 'i' && !tone.isEmpty()) {
            out = keyOf(SINGLE, "i" + tone);
            tone = "";
        } else if (lb == 'y' && tone.equals(DOT)) {
            out = "î";
            tone = "";
        } else {
            out = String.valueOf(lb);
        }
        if (!tone.isEmpty()) {
            out += keyOf(TONES, tone);
        }
        return upper ? out.toUpperCase(java.util.Locale.ROOT) : out;
    }

    private static String keyOf(Map<Character, String> table, String value) {
        for (Map.Entry<Character, String> e : table.entrySet()) {
            if (e.getValue().equals(value)) {
                return String.valueOf(e.getKey());
            }
        }
        throw new IllegalArgumentException("no VNI byte for marks " + value);
    }
}
