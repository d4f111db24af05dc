package vn.vanthu.cli;

import java.nio.file.Files;
import java.nio.file.Path;

import picocli.CommandLine.Option;
import vn.vanthu.Archive;
import vn.vanthu.access.AccessControl;
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

    /** Opens the archive, starting an empty one when the directory holds none (ingest). */
    Archive open() {
        return Archive.open(dataDir(), config());
    }

    /**
     * Opens the archive, or starts an empty one saying so on stderr (serve: an office may start
     * empty and upload, but a mistyped directory should not pass unnoticed).
     */
    Archive openOrStartEmpty() {
        Path dir = dataDir();
        if (!holdsArchive(dir)) {
            System.err.println("vanthu: starting a new empty archive at " + dir + " (no catalog.db there)");
        }
        return Archive.open(dir, config());
    }

    /**
     * Opens an archive that must already exist: a command that reads one, given a mistyped
     * directory, would otherwise create an empty archive there and answer as if it were empty.
     */
    Archive openExisting() {
        return Archive.open(existing(), config());
    }

    /** The catalog alone (tokens, audit log) of an archive that must already exist, as {@link #openExisting}. */
    AccessControl openAccess() {
        return Archive.openAccess(existing());
    }

    private Path existing() {
        Path dir = dataDir();
        if (!holdsArchive(dir)) {
            throw new IllegalArgumentException("no archive at " + dir + " (no catalog.db there): give --data DIR or set"
                    + " VANTHU_DATA; `vanthu ingest` or `vanthu serve` starts a new archive");
        }
        return dir;
    }

    private static boolean holdsArchive(Path dir) {
        return Files.isRegularFile(dir.resolve("catalog.db"));
    }

    IndexConfig config() {
        return config == null ? IndexConfig.fromEnvironment() : IndexConfig.at(config);
    }
}
