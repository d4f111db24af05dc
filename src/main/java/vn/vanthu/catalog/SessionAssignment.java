package vn.vanthu.catalog;

/**
 * A document's place in a session, with why it was put there.
 *
 * @param documentId the document
 * @param sessionId  the session
 * @param method     {@link #NAMED}, {@link #DATE_AND_CONTENT} or {@link #STAFF}
 * @param reason     the reason in words, for people
 */
public record SessionAssignment(long documentId, long sessionId, String method, String reason) {
    /** The document names the session as its subject. */
    public static final String NAMED = "named";
    /** A preparation document placed by its date and what its text is about. */
    public static final String DATE_AND_CONTENT = "date_and_content";
    /** Staff put it there; reading the documents again does not move it. */
    public static final String STAFF = "staff";
}
