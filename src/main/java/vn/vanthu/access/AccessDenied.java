package vn.vanthu.access;

/** A caller asked for a change their role does not allow (the web answers 403). */
public final class AccessDenied extends RuntimeException {
    public AccessDenied(String message) {
        super(message);
    }
}
