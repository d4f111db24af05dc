package vn.vanthu.xref;

import java.util.Locale;
import java.util.Optional;

/** What a numbered citation was resolved to. */
public enum ResolutionStatus {
    /** Exactly one archived document fits. */
    RESOLVED("đã xác định"),
    /** Several archived documents fit; they are listed, not guessed between. */
    AMBIGUOUS("chưa xác định được (nhiều văn bản)"),
    /** No archived document fits: the cited document is not in the archive. */
    MISSING("chưa có trong kho"),
    /** Not resolved yet (or the citation names no number). */
    PENDING("chưa đối chiếu");

    private final String label;

    ResolutionStatus(String label) {
        this.label = label;
    }

    /** The code stored in the catalog and written in the API: "resolved", "ambiguous", "missing". */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The Vietnamese words the pages show. */
    public String label() {
        return label;
    }

    static ResolutionStatus fromCode(Optional<String> code) {
        return code.map(c -> valueOf(c.toUpperCase(Locale.ROOT))).orElse(PENDING);
    }
}
