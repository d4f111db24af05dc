package vn.vanthu.access;

/**
 * Who made a request: a role and a name to write in the audit log and in corrections' provenance
 * (the token's label, or "ẩn danh" for an anonymous visitor).
 */
public record Caller(Role role, String name) {
    public static final Caller ANONYMOUS = new Caller(Role.ANONYMOUS, "ẩn danh");

    /** Whoever runs the command line on the server: they can read the catalog file, so they are an admin. */
    public static Caller commandLine() {
        return new Caller(Role.ADMIN, "cli:" + System.getProperty("user.name", "?"));
    }

    public Caller {
        if (role == null || name == null || name.isBlank()) {
            throw new IllegalArgumentException("a caller needs a role and a name");
        }
    }
}
