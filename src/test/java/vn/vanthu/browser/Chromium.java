package vn.vanthu.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Where Debian's {@code chromium} and {@code chromium-driver} are installed. Selenium Manager is
 * never asked: it would try to download a browser, and these tests run without network.
 */
final class Chromium {
    private Chromium() {
    }

    static Optional<Path> browser() {
        return first("CHROMIUM_BIN", "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/lib/chromium/chromium");
    }

    static Optional<Path> driver() {
        return first("CHROMEDRIVER_BIN", "/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver");
    }

    static boolean available() {
        return browser().isPresent() && driver().isPresent();
    }

    private static Optional<Path> first(String variable, String... candidates) {
        Stream<String> fromEnv = Optional.ofNullable(System.getenv(variable)).stream();
        return Stream.concat(fromEnv, Stream.of(candidates)).map(Path::of).filter(Files::isExecutable).findFirst();
    }
}
