package vn.vanthu.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import io.javalin.http.Context;

/**
 * The pages' scripts and styles, {@code GET /static/NAME}, read from the jar's
 * {@code /vn/vanthu/web/static/} through the class loader and kept in memory.
 *
 * <p>Javalin's own classpath static files mount the whole jar as a zip file system when the
 * server starts: with the shaded jar's 58,000 entries that was 40 % of {@code vanthu serve}'s
 * start-up CPU (a JFR profile of the cold start), for two small files. The class loader has the
 * jar open already.
 */
final class StaticFiles {
    private static final String ROOT = "/vn/vanthu/web/static/";
    /** One plain file name: no directories, so no way out of the folder. */
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-][A-Za-z0-9._-]*");
    private static final Map<String, String> TYPES = Map.of(
            "js", "text/javascript; charset=utf-8",
            "css", "text/css; charset=utf-8",
            "svg", "image/svg+xml",
            "png", "image/png",
            "ico", "image/x-icon");

    private record File(String contentType, byte[] bytes) {
    }

    private final Map<String, Optional<File>> files = new ConcurrentHashMap<>();

    void serve(Context ctx) {
        String name = ctx.pathParam("name");
        File f = (NAME.matcher(name).matches() ? files.computeIfAbsent(name, StaticFiles::read) : Optional.<File>empty())
                .orElseThrow(() -> ApiError.notFound("no such static file: " + Params.abbreviate(ctx.path()),
                        "Không có tệp này: " + Params.abbreviate(ctx.path())));
        ctx.contentType(f.contentType());
        ctx.result(f.bytes());
    }

    private static Optional<File> read(String name) {
        try (InputStream in = StaticFiles.class.getResourceAsStream(ROOT + name)) {
            if (in == null) {
                return Optional.empty();
            }
            String ext = name.substring(name.lastIndexOf('.') + 1);
            return Optional.of(new File(TYPES.getOrDefault(ext, "application/octet-stream"), in.readAllBytes()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the static file " + name, e);
        }
    }
}
