package vn.vanthu.extract;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/** Where ../shared is: beside the project directory, or beside the working directory. */
final class SharedData {
    private SharedData() {
    }

    static Path dir() {
        String projectDir = System.getProperty("vanthu.projectDir");
        if (projectDir != null) {
            Path p = Path.of(projectDir).resolve("../shared").normalize();
            if (Files.isDirectory(p)) {
                return p;
            }
        }
        return Path.of("..", "shared").toAbsolutePath().normalize();
    }

    static void assumeExists(Path p) {
        Assumptions.assumeTrue(Files.exists(p), () -> "shared data not present: " + p);
    }
}
