package vn.vanthu.access;

/** A login just made: the session id to send as the cookie (never stored) and the session. */
public record NewLogin(String sessionId, LoginSession session) {
    @Override
    public String toString() {
        return "NewLogin[" + session.caller() + "]"; // never the session id
    }
}
