package vn.vanthu.cli;

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

    Archive open() {
        return Archive.open(dataDir(), config());
    }

    IndexConfig config() {
        return config == null ? IndexConfig.fromEnvironment() : IndexConfig.at(config);
    }
}
