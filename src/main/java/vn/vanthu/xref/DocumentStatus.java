package vn.vanthu.xref;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A document's standing as the archive's later documents tell it: replaced, repealed or amended
 * (each change with the document that makes it), or none of these as far as the archive knows.
 */
public record DocumentStatus(List<StatusChange> changes) {
    public static final String UNCHANGED_CODE = "unchanged";
    public static final String UNCHANGED_LABEL = "Chưa có văn bản nào trong kho thay thế, bãi bỏ hay sửa đổi";

    public DocumentStatus {
        changes = List.copyOf(changes);
    }

    /** The strongest change: replaced or repealed before amended. */
    public Optional<StatusChange> strongest() {
        return changes.stream().min(Comparator.comparing(StatusChange::kind));
    }

    /** "replaced", "repealed", "amended" or "unchanged". */
    public String code() {
        return strongest().map(c -> c.kind().code()).orElse(UNCHANGED_CODE);
    }

    public String label() {
        return strongest().map(c -> c.kind().label()).orElse(UNCHANGED_LABEL);
    }
}
