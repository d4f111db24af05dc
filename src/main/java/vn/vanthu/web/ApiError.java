package vn.vanthu.web;

/** An error a client can act on: its HTTP status, a stable code and a message for people. */
final class ApiError extends RuntimeException {
    private final int status;
    private final String code;

    ApiError(int status, String code, String message) {
        super(message);
        this.status = status;
        this.code = code;
    }

    static ApiError badRequest(String message) {
        return new ApiError(400, "bad_request", message);
    }

    static ApiError notFound(String message) {
        return new ApiError(404, "not_found", message);
    }

    int status() {
        return status;
    }

    String code() {
        return code;
    }

    /** The JSON body of the API contract: {@code {"error": CODE, "message": TEXT}}. */
    record Body(String error, String message) {
    }

    Body body() {
        return new Body(code, getMessage());
    }
}
