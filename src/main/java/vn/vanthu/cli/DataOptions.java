package vn.vanthu.cli;

import java.nio.file.Files;
import java.nio.file.Path;

import picocli.CommandLine.Option;
import vn.vanthu.Archive;
import vn.vanthu.config.IndexConfig;

/** Where the archive lives: shared by every command. */
final class DataOptions {
    @Option(names = "--data", paramLabel = "DIR",
            description = "data directory (catalog, originals, index); default: $VANTHU_DATA or ./data")
    Path data;

    @Option(names = "--config", paramLabel = "DIR",
            description = "folder of editable tables; default: $VANTHU_CONFIG, ./index-config, or the bundled copy")
    Path config;

    Path dataDir() {
        if (data != null) {
            return data;
        }
        String env = System.getenv("VANTHU_DATA");
        return Path.of(env == null || env.isBlank() ? "data" : env);
    }

    /** Opens the archive, starting an empty one when the directory holds none (ingest, serve). */
    Archive open() {
        return Archive.open(dataDir(), config());
    }

    /**
     * Opens an archive that must already exist: a command that reads one, given a mistyped
     * directory, would otherwise create an empty archive there and answer as if it were empty.
     */
    Archive openExisting() {
        Path dir = dataDir();
        if (!Files.isRegularFile(dir.resolve("catalog.db"))) {
            throw new IllegalArgumentException("no archive at " + dir + " (no catalog.db there): give --data DIR or set"
                    + " VANTHU_DATA; `vanthu ingest` starts a new archive");
        }
        return Archive.open(dir, config());
    }

    IndexConfig config() {
        return config == null ? IndexConfig.fromEnvironment() : IndexConfig.at(config);
    }
}
