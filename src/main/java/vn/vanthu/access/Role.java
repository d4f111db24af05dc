package vn.vanthu.access;

import java.util.Locale;
import java.util.Optional;

/**
 * What a caller is: an anonymous visitor, staff (a staff token), or an administrator. The one
 * rule of who sees what lives here, so search, traces and originals all ask the same question.
 */
public enum Role {
    ANONYMOUS("ẩn danh"),
    STAFF("nhân viên"),
    ADMIN("quản trị");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    /** Anonymous visitors see public documents, staff also internal ones, admins everything. */
    public boolean canSee(AccessLevel level) {
        return switch (level) {
            case PUBLIC -> true;
            case INTERNAL -> this != ANONYMOUS;
            case CONFIDENTIAL -> this == ADMIN;
        };
    }

    /** Whether this caller may change the archive (upload, correct). */
    public boolean canWrite() {
        return this != ANONYMOUS;
    }

    /** Whether this caller may administer the archive (read the audit log, manage access). */
    public boolean isAdmin() {
        return this == ADMIN;
    }

    /** The Vietnamese word shown on pages. */
    public String label() {
        return label;
    }

    /** The lower-case name used in the catalog, the API and the command line. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** "staff" or "admin" (any case): the roles a token can carry; empty for anything else. */
    public static Optional<Role> ofToken(String name) {
        if (name == null) {
            return Optional.empty();
        }
        return switch (name.strip().toLowerCase(Locale.ROOT)) {
            case "staff" -> Optional.of(STAFF);
            case "admin" -> Optional.of(ADMIN);
            default -> Optional.empty();
        };
    }
}
