package vn.vanthu.compare;

/**
 * One side of a comparison names nothing that can be compared: in English for the API (the
 * exception's message), in Vietnamese for the comparison page.
 */
public final class UnresolvedSideException extends IllegalArgumentException {
    private final String vietnamese;

    UnresolvedSideException(String message, String vietnamese) {
        super(message);
        this.vietnamese = vietnamese;
    }

    public String vietnamese() {
        return vietnamese;
    }
}
