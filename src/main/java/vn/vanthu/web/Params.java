package vn.vanthu.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;

import io.javalin.http.Context;

/**
 * Reads and checks request parameters, turning bad values into a 400 that names the parameter:
 * in English for the API, in Vietnamese (the parameter's name for people, then its own) for the pages.
 */
final class Params {
    /** What each parameter means, in the words of the pages; a parameter not listed goes by its own name. */
    private static final Map<String, String> VIETNAMESE_NAMES = Map.ofEntries(
            Map.entry("q", "câu tìm kiếm"),
            Map.entry("page", "trang"),
            Map.entry("size", "số kết quả mỗi trang"),
            Map.entry("year", "năm"),
            Map.entry("term", "khóa"),
            Map.entry("from", "từ ngày"),
            Map.entry("to", "đến ngày"),
            Map.entry("sort", "cách sắp xếp"),
            Map.entry("depth", "độ sâu của lược đồ"),
            Map.entry("offset", "vị trí bắt đầu"),
            Map.entry("limit", "số dẫn chiếu mỗi trang"));

    private Params() {
    }

    static Optional<String> text(Context ctx, String name) {
        String v = ctx.queryParam(name);
        return v == null || v.isBlank() ? Optional.empty() : Optional.of(v.strip());
    }

    static int integer(Context ctx, String name, int fallback, int min, int max) {
        Optional<String> v = text(ctx, name);
        if (v.isEmpty()) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(v.get());
            if (n < min || n > max) {
                throw ApiError.badRequest("'" + name + "' must be between " + min + " and " + max + ", got " + n,
                        named(name) + " phải từ " + min + " đến " + max + ", không phải " + n + ".");
            }
            return n;
        } catch (NumberFormatException e) {
            throw ApiError.badRequest("'" + name + "' must be a whole number, got '" + abbreviate(v.get()) + "'",
                    named(name) + " phải là một số nguyên, không phải “" + abbreviate(v.get()) + "”.");
        }
    }

    static Optional<Integer> optionalInteger(Context ctx, String name, int min, int max) {
        return text(ctx, name).map(v -> integer(ctx, name, 0, min, max));
    }

    static Optional<LocalDate> date(Context ctx, String name) {
        return text(ctx, name).map(v -> {
            try {
                return LocalDate.parse(v);
            } catch (DateTimeParseException e) {
                throw ApiError.badRequest("'" + name + "' must be a date like 2016-11-14, got '" + abbreviate(v) + "'",
                        named(name) + " phải là một ngày như 2016-11-14 (năm-tháng-ngày), không phải “" + abbreviate(v) + "”.");
            }
        });
    }

    /** The document id of the path. */
    static long id(Context ctx) {
        return pathId(ctx, "a document id", "Mã văn bản");
    }

    /** The session id of the path. */
    static long sessionId(Context ctx) {
        return pathId(ctx, "a session id", "Mã kỳ họp");
    }

    private static long pathId(Context ctx, String what, String vietnamese) {
        String raw = ctx.pathParam("id");
        try {
            long id = Long.parseLong(raw);
            if (id >= 1) {
                return id;
            }
        } catch (NumberFormatException e) {
            // answered below, as for zero and negative numbers
        }
        throw ApiError.badRequest(what + " is a positive number, got '" + abbreviate(raw) + "'",
                vietnamese + " phải là một số nguyên dương (như 25), không phải “" + abbreviate(raw) + "”.");
    }

    /** A parameter as the pages name it: "Số kết quả mỗi trang (size)"; the name alone when it has no Vietnamese one. */
    static String named(String name) {
        String vi = VIETNAMESE_NAMES.get(name);
        if (vi == null) {
            return "Tham số “" + name + "”";
        }
        return Character.toUpperCase(vi.charAt(0)) + vi.substring(1) + " (" + name + ")";
    }

    static String abbreviate(String s) {
        return s.length() > 60 ? s.substring(0, 60) + "…" : s;
    }
}
