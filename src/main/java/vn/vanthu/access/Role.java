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

    /** The levels this caller sees, as their catalog and index keys ("public", …). */
    public java.util.List<String> visibleLevels() {
        return java.util.Arrays.stream(AccessLevel.values()).filter(this::canSee).map(AccessLevel::key).toList();
    }

    /** Whether this caller sees every document (no filter needed). */
    public boolean seesAll() {
        return java.util.Arrays.stream(AccessLevel.values()).allMatch(this::canSee);
    }

    /**
     * Whether this caller may move a document from one level to another: staff between public and
     * internal, administrators anything; making a document confidential, or opening a confidential
     * one, is an administrator's decision.
     */
    public boolean canChangeAccess(AccessLevel from, AccessLevel to) {
        return switch (this) {
            case ADMIN -> true;
            case STAFF -> from != AccessLevel.CONFIDENTIAL && to != AccessLevel.CONFIDENTIAL;
            case ANONYMOUS -> false;
        };
    }

    /** Whether this caller may change the archive (upload, correct). */
    public boolean canWrite() {
        return this != ANONYMOUS;
    }
}
