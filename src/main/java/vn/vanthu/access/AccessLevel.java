package vn.vanthu.access;

import java.util.Locale;
import java.util.Optional;

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

    /** The lower-case name used in the API and the catalog. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
