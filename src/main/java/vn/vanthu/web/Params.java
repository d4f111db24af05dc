package vn.vanthu.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import io.javalin.http.Context;

/** Reads and checks request parameters, turning bad values into a 400 that names the parameter. */
final class Params {
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
                throw ApiError.badRequest("'" + name + "' must be between " + min + " and " + max + ", got " + n);
            }
            return n;
        } catch (NumberFormatException e) {
            throw ApiError.badRequest("'" + name + "' must be a whole number, got '" + abbreviate(v.get()) + "'");
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
                throw ApiError.badRequest("'" + name + "' must be a date like 2016-11-14, got '" + abbreviate(v) + "'");
            }
        });
    }

    static long id(Context ctx) {
        String raw = ctx.pathParam("id");
        try {
            long id = Long.parseLong(raw);
            if (id < 1) {
                throw ApiError.badRequest("a document id is a positive number, got '" + abbreviate(raw) + "'");
            }
            return id;
        } catch (NumberFormatException e) {
            throw ApiError.badRequest("a document id is a positive number, got '" + abbreviate(raw) + "'");
        }
    }

    static String abbreviate(String s) {
        return s.length() > 60 ? s.substring(0, 60) + "…" : s;
    }
}
