package vn.vanthu.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/**
 * Whether a token is one well-formed Vietnamese syllable, from phonotactics: an optional onset,
 * a rhyme (glide, nucleus, coda) and at most one tone, with the rule that a rhyme closed by
 * c/ch/p/t only takes the sắc or nặng tone. Used to tell mojibake from Vietnamese when
 * detecting legacy encodings, and by the clean-up of glued syllables.
 *
 * <p>It is deliberately a shape check, not a dictionary: "nhân" and "xẻng" pass, "nhândân",
 * "T«i" and "Toâi" do not. Spelling rules that only decide between equivalent forms (c/k,
 * g/gh) are not enforced, so loan spellings such as "ki" or "ke" also pass.
 */
public final class LegacySyllables {

    /** Onsets, longest first so that "ngh" is tried before "ng" and "n". */
    private static final String[] ONSETS = {
        "ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "th", "tr", "qu",
        "b", "c", "d", "đ", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x", ""
    };

    /** Rhymes without tone: nucleus (with its on-glide o/u) and coda. */
    private static final Set<String> RHYMES = Set.of(
        "a", "ai", "ao", "au", "ay", "am", "an", "ang", "anh", "ac", "ach", "ap", "at",
        "ăm", "ăn", "ăng", "ăc", "ăp", "ăt",
        "âu", "ây", "âm", "ân", "âng", "âc", "âp", "ât",
        "e", "eo", "em", "en", "eng", "ec", "ep", "et",
        "ê", "êu", "êm", "ên", "ênh", "êch", "êp", "êt",
        "i", "ia", "iu", "im", "in", "inh", "ich", "ip", "it",
        "iêu", "iêm", "iên", "iêng", "iêc", "iêp", "iêt",
        "y", "yêu", "yêm", "yên", "yêt",
        "o", "oi", "om", "on", "ong", "oc", "op", "ot", "oong", "ooc",
        "ô", "ôi", "ôm", "ôn", "ông", "ôc", "ôp", "ôt",
        "ơ", "ơi", "ơm", "ơn", "ơp", "ơt",
        "u", "ua", "ui", "um", "un", "ung", "uc", "up", "ut",
        "uôi", "uôm", "uôn", "uông", "uôc", "uôt",
        "ư", "ưa", "ưi", "ưu", "ưm", "ưn", "ưng", "ưc", "ưt",
        "ươi", "ươu", "ươm", "ươn", "ương", "ươc", "ươp", "ươt",
        // o on-glide
        "oa", "oai", "oao", "oay", "oam", "oan", "oang", "oanh", "oac", "oach", "oap", "oat",
        "oăm", "oăn", "oăng", "oăc", "oăt",
        "oe", "oeo", "oem", "oen", "oet",
        // u on-glide
        "uân", "uâng", "uât", "uây", "uê", "uêch", "uênh",
        "uy", "uya", "uyu", "uych", "uyn", "uynh", "uyp", "uyt", "uyên", "uyêt", "uơ"
    );

    /** After "qu" the u is the glide, so the rest is a rhyme read without it ("quynh", "quyết"). */
    private static final Set<String> QU_ONLY_RHYMES = Set.of(
        "ynh", "ych", "yt", "yn", "ya", "yu", "yp", "e", "eo", "en", "et", "ec", "em", "eng", "ê", "ênh", "êch");

    private static final char GRAVE = '\u0300';
    private static final char ACUTE = '\u0301';
    private static final char TILDE = '\u0303';
    private static final char HOOK = '\u0309';
    private static final char DOT = '\u0323';

    private LegacySyllables() {
    }

    /** True when the token (any case, NFC or NFD) is a single well-formed Vietnamese syllable. */
    public static boolean isSyllable(String token) {
        if (token.isEmpty() || token.length() > 8) {
            return false;
        }
        if (!hasConsistentCase(token)) {
            return false;
        }
        String decomposed = Normalizer.normalize(token.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        StringBuilder base = new StringBuilder(decomposed.length());
        char tone = 0;
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (c == GRAVE || c == ACUTE || c == TILDE || c == HOOK || c == DOT) {
                if (tone != 0) {
                    return false;
                }
                tone = c;
            } else {
                base.append(c);
            }
        }
        String plain = Normalizer.normalize(base, Normalizer.Form.NFC);
        for (int i = 0; i < plain.length(); i++) {
            if (!isVietnameseLetter(plain.charAt(i))) {
                return false;
            }
        }
        for (String onset : ONSETS) {
            if (plain.startsWith(onset) && rhymeFits(onset, plain.substring(onset.length()), tone)) {
                return true;
            }
        }
        return false;
    }

    /** True when the token carries something only Vietnamese has: a tone mark, â ê ô ơ ư ă or đ. */
    public static boolean hasVietnameseMark(String token) {
        String d = Normalizer.normalize(token, Normalizer.Form.NFD);
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            if (c == GRAVE || c == ACUTE || c == TILDE || c == HOOK || c == DOT
                || c == '\u0302' || c == '\u0306' || c == '\u031B' || c == 'đ' || c == 'Đ') {
                return true;
            }
        }
        return false;
    }

    private static boolean rhymeFits(String onset, String rhyme, char tone) {
        boolean known;
        if (onset.equals("qu")) {
            known = !rhyme.isEmpty() && rhyme.charAt(0) != 'u' && rhyme.charAt(0) != 'ư'
                && (RHYMES.contains(rhyme) || QU_ONLY_RHYMES.contains(rhyme));
        } else if (onset.equals("gi")) {
            // "gi" swallows the i of the rhyme: giếng = gi + (i)êng, gì = gi + (i)
            known = rhyme.isEmpty() || (RHYMES.contains(rhyme) && rhyme.charAt(0) != 'i')
                || RHYMES.contains("i" + rhyme);
        } else {
            known = RHYMES.contains(rhyme) && !(onset.isEmpty() ? false : rhyme.startsWith("y") && rhyme.length() > 1);
        }
        if (!known) {
            return false;
        }
        boolean stopped = rhyme.endsWith("c") || rhyme.endsWith("ch") || rhyme.endsWith("p") || rhyme.endsWith("t");
        return !stopped || tone == ACUTE || tone == DOT;
    }

    private static boolean isVietnameseLetter(char c) {
        return (c >= 'a' && c <= 'z' && c != 'f' && c != 'j' && c != 'w' && c != 'z')
            || c == 'ă' || c == 'â' || c == 'ê' || c == 'ô' || c == 'ơ' || c == 'ư' || c == 'đ';
    }

    /** all lower case, all upper case, or a capital followed by lower case. */
    private static boolean hasConsistentCase(String token) {
        int upper = 0;
        int lower = 0;
        boolean upperAfterFirst = false;
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (Character.isUpperCase(c)) {
                upper++;
                if (i > 0) {
                    upperAfterFirst = true;
                }
            } else if (Character.isLowerCase(c)) {
                lower++;
            }
        }
        return upper == 0 || lower == 0 || !upperAfterFirst;
    }
}
