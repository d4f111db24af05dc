package vn.vanthu.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.util.ResourceLoader;
import vn.vanthu.config.IndexConfig;

/** Reads a config table for an SPI factory: a file through the host's resource loader, else the bundled one. */
final class ConfigTables {
    private ConfigTables() {
    }

    static List<String> lines(ResourceLoader loader, String file, String bundledName) throws IOException {
        if (file == null) {
            return IndexConfig.bundled().lines(bundledName);
        }
        try (InputStream in = loader.openResource(file)) {
            List<String> out = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                String t = line.strip();
                if (!t.isEmpty() && !t.startsWith("#")) {
                    out.add(t);
                }
            }
            return out;
        }
    }
}
