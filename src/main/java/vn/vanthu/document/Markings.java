package vn.vanthu.document;

import java.util.List;

/**
 * The canonical spellings of the security (độ mật) and urgency (độ khẩn) marks a document may
 * carry (Nghị định 30/2020, Phụ lục I), as {@link DocumentMetadata#security()} and
 * {@link DocumentMetadata#urgency()} give them.
 */
public final class Markings {
    private Markings() {
    }

    public static final String SECRET = "Mật";
    public static final String TOP_SECRET = "Tối mật";
    public static final String ABSOLUTE_SECRET = "Tuyệt mật";
    /** Security levels from the lowest to the highest. */
    public static final List<String> SECURITY_LEVELS = List.of(SECRET, TOP_SECRET, ABSOLUTE_SECRET);

    public static final String URGENT = "Khẩn";
    public static final String VERY_URGENT = "Thượng khẩn";
    public static final String FLASH = "Hỏa tốc";
    public static final String FLASH_TIMED = "Hỏa tốc hẹn giờ";
    /** Urgency levels from the lowest to the highest. */
    public static final List<String> URGENCY_LEVELS = List.of(URGENT, VERY_URGENT, FLASH, FLASH_TIMED);
}
