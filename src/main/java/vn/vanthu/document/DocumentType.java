package vn.vanthu.document;

/**
 * A kind of administrative document: its code in the ký hiệu (Phụ lục III of Nghị định 30/2020,
 * plus local practice such as CV) and its Vietnamese name.
 */
public record DocumentType(String code, String name) {
}
