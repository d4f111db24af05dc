package vn.vanthu.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.openqa.selenium.Dimension;
import org.openqa.selenium.UnexpectedAlertBehaviour;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import vn.vanthu.Archive;
import vn.vanthu.TestPaths;
import vn.vanthu.config.IndexConfig;
import vn.vanthu.ingest.IngestReport;
import vn.vanthu.web.WebServer;

/**
 * One archive of sample-docs/ (plus the {@link Hostile} document), served on a free port, and one
 * headless chromium driven through chromedriver: started once, shared by every browser test class.
 */
final class BrowserSession implements AutoCloseable {
    static final String STAFF_TOKEN = "browser-test-staff-token";
    static final Dimension DESKTOP = new Dimension(1280, 900);
    static final int PHONE_WIDTH = 390;

    private final Path dir;
    private final Archive archive;
    private final WebServer server;
    private final ChromeDriver driver;
    private final long hostileId;

    private BrowserSession(Path dir, Archive archive, WebServer server, ChromeDriver driver, long hostileId) {
        this.dir = dir;
        this.archive = archive;
        this.server = server;
        this.driver = driver;
        this.hostileId = hostileId;
    }

    static BrowserSession start() {
        Path dir;
        try {
            dir = Files.createTempDirectory("vanthu-browser");
            Files.createDirectories(dir.resolve("downloads"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Archive archive = Archive.open(dir.resolve("data"), IndexConfig.at(TestPaths.project().resolve("index-config")));
        WebServer server = null;
        try {
            IngestReport samples = archive.ingest(List.of(TestPaths.sampleDocs()), line -> { });
            if (!samples.failed().isEmpty()) {
                throw new IllegalStateException("sample documents failed: " + samples.failed());
            }
            IngestReport hostile = archive.ingestUpload(Hostile.text(), Hostile.FILENAME);
            if (hostile.added().size() != 1) {
                throw new IllegalStateException("the hostile document was not added: " + hostile.summary());
            }
            archive.addStaffToken(STAFF_TOKEN, "browser test");
            server = WebServer.start(archive, "127.0.0.1", 0);
            ChromeDriver driver = startChromium(dir.resolve("downloads"));
            return new BrowserSession(dir, archive, server, driver, hostile.added().get(0).id());
        } catch (RuntimeException e) {
            if (server != null) {
                server.close();
            }
            archive.close();
            throw e;
        }
    }

    private static ChromeDriver startChromium(Path downloads) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(Chromium.browser().orElseThrow().toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=" + DESKTOP.width + "," + DESKTOP.height, "--lang=vi-VN", "--no-first-run",
                "--disable-extensions", "--disable-background-networking", "--disable-sync");
        options.setExperimentalOption("prefs", Map.of(
                "download.default_directory", downloads.toString(),
                "download.prompt_for_download", false,
                "intl.accept_languages", "vi-VN,vi"));
        // An alert the page opens must stay open so a test can see it (and fail).
        options.setUnhandledPromptBehaviour(UnexpectedAlertBehaviour.IGNORE);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Chromium.driver().orElseThrow().toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        driver.manage().window().setSize(DESKTOP);
        driver.executeCdpCommand("Browser.setDownloadBehavior",
                Map.of("behavior", "allow", "downloadPath", downloads.toString()));
        return driver;
    }

    ChromeDriver driver() {
        return driver;
    }

    Archive archive() {
        return archive;
    }

    String url(String pathAndQuery) {
        return "http://127.0.0.1:" + server.port() + pathAndQuery;
    }

    Path downloads() {
        return dir.resolve("downloads");
    }

    long hostileId() {
        return hostileId;
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            server.close();
            archive.close();
            deleteQuietly(dir);
        }
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temp dir left behind is harmless
        }
    }
}
