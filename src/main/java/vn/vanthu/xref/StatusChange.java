package vn.vanthu.xref;

import vn.vanthu.catalog.DocumentRef;

/**
 * A later archived document that replaces, repeals or amends this one, as its citation says.
 *
 * @param kind     what it does to this document
 * @param by       the later document
 * @param relation the relation as read ("thay thế", "bãi bỏ", "sửa đổi", "bổ sung")
 * @param sentence the sentence that says so
 */
public record StatusChange(Kind kind, DocumentRef by, String relation, String sentence) {

    /** Strongest first: a replaced or repealed document is no longer the one to apply. */
    public enum Kind {
        REPLACED("replaced", "Đã bị thay thế"),
        REPEALED("repealed", "Đã bị bãi bỏ"),
        AMENDED("amended", "Đã được sửa đổi, bổ sung");

        private final String code;
        private final String label;

        Kind(String code, String label) {
            this.code = code;
            this.label = label;
        }

        public String code() {
            return code;
        }

        public String label() {
            return label;
        }
    }
}
