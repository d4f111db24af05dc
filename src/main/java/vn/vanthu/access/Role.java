package vn.vanthu.access;

/**
 * What a caller is: an anonymous visitor, staff (a staff token), or an administrator. The one
 * rule of who sees what lives here, so search, traces and originals all ask the same question.
 */
public enum Role {
    ANONYMOUS,
    STAFF,
    ADMIN;

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
}
