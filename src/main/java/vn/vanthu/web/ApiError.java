package vn.vanthu.web;

import java.util.Optional;

/**
 * An error a client can act on: its HTTP status, a stable code, a message for API clients (English,
 * the contract's {@code message}) and, where the error can reach a page, the same in Vietnamese for
 * the staff who read the pages ({@link #pageMessage()}).
 */
final class ApiError extends RuntimeException {
    private final int status;
    private final String code;
    private final Optional<String> vietnamese;

    ApiError(int status, String code, String message) {
        this(status, code, message, null);
    }

    ApiError(int status, String code, String message, String vietnamese) {
        super(message);
        this.status = status;
        this.code = code;
        this.vietnamese = Optional.ofNullable(vietnamese);
    }

    static ApiError badRequest(String message) {
        return new ApiError(400, "bad_request", message);
    }

    /** A 400 that a page may show: {@code message} for the API, {@code vietnamese} for the page. */
    static ApiError badRequest(String message, String vietnamese) {
        return new ApiError(400, "bad_request", message, vietnamese);
    }

    static ApiError notFound(String message) {
        return new ApiError(404, "not_found", message);
    }

    /** A 404 that a page may show: {@code message} for the API, {@code vietnamese} for the page. */
    static ApiError notFound(String message, String vietnamese) {
        return new ApiError(404, "not_found", message, vietnamese);
    }

    int status() {
        return status;
    }

    String code() {
        return code;
    }

    /**
     * What a page says: the Vietnamese message, or for an error that has none (one only API calls
     * meet, or Jetty's own) a Vietnamese sentence for its status, never the API's English.
     */
    String pageMessage() {
        return vietnamese.orElseGet(() -> forStatus(status));
    }

    /** A Vietnamese sentence for a status, for an error that has no message of its own in Vietnamese. */
    static String forStatus(int status) {
        return switch (status) {
            case 401 -> "Cần đăng nhập bằng mã cán bộ (trang Đăng nhập).";
            case 403 -> "Yêu cầu này không được phép.";
            case 404 -> "Không tìm thấy nội dung được yêu cầu.";
            case 405 -> "Trang này không nhận cách gửi yêu cầu này.";
            case 413 -> "Yêu cầu quá lớn.";
            case 429 -> "Quá nhiều yêu cầu; xin thử lại sau ít phút.";
            default -> status >= 500 ? "Máy chủ gặp lỗi và không trả lời được; lỗi đã được ghi lại."
                    : "Yêu cầu không hợp lệ (lỗi " + status + ").";
        };
    }

    /** The JSON body of the API contract: {@code {"error": CODE, "message": TEXT}}. */
    record Body(String error, String message) {
    }

    Body body() {
        return new Body(code, getMessage());
    }
}
