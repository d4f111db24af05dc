package vn.vanthu.document;

import java.util.Arrays;
import java.util.Optional;

/**
 * The fields of a document's metadata that staff may correct, with the name the API and the
 * forms use and the Vietnamese label the pages show.
 */
public enum MetadataField {
    NUMBER("number", "Số, ký hiệu"),
    TYPE("type", "Loại văn bản"),
    ISSUER("issuer", "Cơ quan ban hành"),
    PARENT_ISSUER("parentIssuer", "Cơ quan cấp trên"),
    ISSUED("issued", "Ngày ban hành"),
    PLACE("place", "Địa danh"),
    TITLE("title", "Trích yếu"),
    SESSION_NUMBER("sessionNumber", "Kỳ họp thứ"),
    SESSION_KIND("sessionKind", "Loại kỳ họp"),
    SESSION_TERM("sessionTerm", "Khóa"),
    SIGNER("signer", "Người ký");

    private final String apiName;
    private final String label;

    MetadataField(String apiName, String label) {
        this.apiName = apiName;
        this.label = label;
    }

    /** The name in JSON bodies, form fields and the command line ("parentIssuer"). */
    public String apiName() {
        return apiName;
    }

    /** The Vietnamese label shown beside the field. */
    public String label() {
        return label;
    }

    public static Optional<MetadataField> byApiName(String name) {
        return Arrays.stream(values()).filter(f -> f.apiName.equals(name)).findFirst();
    }

    /** Every API name, in form order, for error messages. */
    public static String apiNames() {
        return String.join(", ", Arrays.stream(values()).map(MetadataField::apiName).toList());
    }
}
