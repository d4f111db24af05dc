package vn.vanthu.cli;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import vn.vanthu.Archive;
import vn.vanthu.web.SearchWarmUp;
import vn.vanthu.web.WebServer;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the search pages and the JSON API until stopped (Ctrl+C).")
final class ServeCommand implements Callable<Integer> {
    @Mixin
    DataOptions data;

    @Option(names = "--host", description = "address to listen on; default: $VANTHU_HOST or 127.0.0.1")
    String host;

    @Option(names = "--port", description = "port to listen on; default: $VANTHU_PORT or 7070")
    Integer port;

    @Option(names = "--no-warm-up", description = "do not search the archive in the background after start-up "
            + "(the warm-up that lets the JIT compile the search before the first users)")
    boolean noWarmUp;

    @Override
    public Integer call() throws InterruptedException {
        String h = host != null ? host : env("VANTHU_HOST", "127.0.0.1");
        int p = port != null ? port : Integer.parseInt(env("VANTHU_PORT", "7070"));
        Archive archive = data.openOrStartEmpty();
        int caughtUp = archive.indexWhatTheIndexLacks();
        if (caughtUp > 0) {
            System.err.println("vanthu: indexed " + caughtUp + " archived documents the search index lacked (an earlier ingest was interrupted)");
        }
        WebServer server = WebServer.start(archive, h, p);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            archive.close();
            stopped.countDown();
        }));
        System.out.println("vanthu: serving " + archive.documentCount() + " documents at http://" + h + ":" + server.port() + "/");
        // After the server answers, so it never delays the first request; it takes only idle CPU.
        if (!noWarmUp) {
            SearchWarmUp.startInBackground(archive, server);
        }
        stopped.await();
        return 0;
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }
}
