package vn.vanthu.access;

import java.util.Locale;
import java.util.Optional;

import vn.vanthu.document.Markings;

/** Who may see a document: everyone, staff, or administrators only. */
public enum AccessLevel {
    PUBLIC("công khai"),
    INTERNAL("nội bộ"),
    CONFIDENTIAL("mật");

    private final String label;

    AccessLevel(String label) {
        this.label = label;
    }

    /** The Vietnamese word shown on pages. */
    public String label() {
        return label;
    }

    /** "public", "internal" or "confidential" (any case); empty for anything else. */
    public static Optional<AccessLevel> parse(String name) {
        if (name == null) {
            return Optional.empty();
        }
        for (AccessLevel level : values()) {
            if (level.name().equalsIgnoreCase(name.strip())) {
                return Optional.of(level);
            }
        }
        return Optional.empty();
    }

    /**
     * The level a security marking in a document's header asks for: "Mật", "Tối mật" and
     * "Tuyệt mật" (any case, with or without the "Độ mật:" lead) are confidential; anything else
     * says nothing, so the archive's default for unmarked papers applies.
     */
    public static Optional<AccessLevel> fromMarking(String marking) {
        if (marking == null) {
            return Optional.empty();
        }
        String m = java.text.Normalizer.normalize(marking, java.text.Normalizer.Form.NFC).strip()
                .toLowerCase(Locale.ROOT).replaceFirst("^độ mật\\s*:?\\s*", "");
        String marked = m;
        return Markings.SECURITY_LEVELS.stream().anyMatch(level -> level.toLowerCase(Locale.ROOT).equals(marked))
                ? Optional.of(CONFIDENTIAL) : Optional.empty();
    }

    /** The level an ingested document gets: its marking's, or the default for unmarked papers; never lower than the default. */
    public static AccessLevel atIngest(Optional<String> marking, AccessLevel unmarkedDefault) {
        return marking.flatMap(AccessLevel::fromMarking).filter(l -> l.compareTo(unmarkedDefault) > 0)
                .orElse(unmarkedDefault);
    }

    /** The lower-case name used in the API and the catalog. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
