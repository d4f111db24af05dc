package vn.vanthu.web;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectWriter;

import io.javalin.http.ContentType;
import io.javalin.http.Context;

/**
 * A JSON answer written straight into the response as it is serialised, with the server's own
 * mapper settings. {@code ctx.json} first builds the whole answer as a String and then encodes it
 * to bytes: two copies of every search answer, per request, that the hot path does not need.
 */
final class StreamedJson<T> {
    private final ObjectWriter writer;

    /** A writer for answers of one type: Jackson resolves the type's serialiser once, not per request. */
    StreamedJson(Class<T> type) {
        // The response's stream belongs to the server, which closes it after the handler.
        this.writer = WebServer.objectMapper().configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false).writerFor(type);
    }

    void write(Context ctx, T value) throws IOException {
        ctx.contentType(ContentType.APPLICATION_JSON);
        writer.writeValue(ctx.outputStream(), value);
    }
}
