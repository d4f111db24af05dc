package vn.vanthu;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Where the project and the shared corpus are, for tests. */
public final class TestPaths {
    private TestPaths() {
    }

    public static Path project() {
        String dir = System.getProperty("vanthu.projectDir");
        return Path.of(dir == null ? "." : dir).toAbsolutePath().normalize();
    }

    public static Path sampleDocs() {
        return project().resolve("sample-docs");
    }

    /** ../shared beside the project, when this machine has it. */
    public static Optional<Path> shared() {
        Path p = project().resolve("../shared").normalize();
        return Files.isDirectory(p) ? Optional.of(p) : Optional.empty();
    }
}
