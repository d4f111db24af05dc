package vn.vanthu.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import vn.vanthu.Archive;
import vn.vanthu.TestPaths;
import vn.vanthu.config.IndexConfig;

/**
 * An archive served on a free port, with the HTTP calls page tests make. The shipped sample
 * archive is started once for the tests that only read it (ingesting the samples is the slow
 * part) and stopped when the test JVM exits.
 */
final class ServedArchive implements AutoCloseable {
    private static ServedArchive samples;

    final Archive archive;
    final WebServer server;
    private final HttpClient http = HttpClient.newHttpClient();

    private ServedArchive(Archive archive, WebServer server) {
        this.archive = archive;
        this.server = server;
    }

    /** Serves an archive until {@link #close()} (which closes the archive too). */
    static ServedArchive of(Archive archive) {
        return new ServedArchive(archive, WebServer.start(archive, "127.0.0.1", 0));
    }

    /** The sample archive, shared by the tests that only read it. */
    static synchronized ServedArchive samples() throws IOException {
        if (samples == null) {
            Path data = Files.createTempDirectory("vanthu-pages");
            Archive archive = Archive.open(data, IndexConfig.at(TestPaths.project().resolve("index-config")));
            archive.ingest(List.of(TestPaths.sampleDocs()), line -> { });
            WebServer server = WebServer.start(archive, "127.0.0.1", 0);
            samples = new ServedArchive(archive, server);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                server.close();
                archive.close();
                deleteQuietly(data);
            }));
        }
        return samples;
    }

    @Override
    public void close() {
        server.close();
        archive.close();
    }

    HttpResponse<byte[]> get(String pathAndQuery) {
        return send("GET", pathAndQuery);
    }

    /** A request with {@code method} and no body. */
    HttpResponse<byte[]> send(String method, String pathAndQuery) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + pathAndQuery))
                .method(method, HttpRequest.BodyPublishers.noBody()).build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    String page(String pathAndQuery) {
        HttpResponse<byte[]> r = get(pathAndQuery);
        if (r.statusCode() != 200) {
            throw new AssertionError(pathAndQuery + " → " + r.statusCode() + ": " + body(r));
        }
        return new String(r.body(), StandardCharsets.UTF_8);
    }

    /** A response's body as UTF-8 text. */
    static String body(HttpResponse<byte[]> r) {
        return new String(r.body(), StandardCharsets.UTF_8);
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temp directory: the OS cleans it up later
        }
    }
}
