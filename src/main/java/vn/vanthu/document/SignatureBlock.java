package vn.vanthu.document;

import java.util.List;
import java.util.Optional;

/**
 * The signature block at the foot of a document (Nghị định 30/2020, Điều 8 khoản 7 and Phụ lục I):
 * "TM. THƯỜNG TRỰC HĐND / CHỦ TỊCH / Lê Minh Nhựt", or with two authority lines
 * "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH / …".
 *
 * @param authorities the authority lines, outermost first; empty when the signer signs in their own right
 * @param position    the signer's position in capitals as written ("PHÓ CHỦ TỊCH", "TRƯỞNG BAN")
 * @param name        the signer's name
 */
public record SignatureBlock(List<Authority> authorities, Optional<String> position, Optional<String> name) {

    /** TM. (thay mặt), KT. (ký thay), Q. (quyền), TL. (thừa lệnh), TUQ. (thừa ủy quyền). */
    public static final List<String> PREFIXES = List.of("TM.", "KT.", "Q.", "TL.", "TUQ.");

    public SignatureBlock {
        authorities = List.copyOf(authorities);
    }

    /**
     * One authority line: the prefix and the body or office it acts for.
     *
     * @param prefix  "TM.", "KT.", "Q.", "TL." or "TUQ."
     * @param actsFor what follows it as written ("THƯỜNG TRỰC HĐND", "CHỦ TỊCH")
     */
    public record Authority(String prefix, String actsFor) {
        /** "TM. THƯỜNG TRỰC HĐND". */
        public String label() {
            return prefix + " " + actsFor;
        }
    }

    public boolean isEmpty() {
        return authorities.isEmpty() && position.isEmpty() && name.isEmpty();
    }
}
