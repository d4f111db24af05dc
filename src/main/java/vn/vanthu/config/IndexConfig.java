package vn.vanthu.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The office-editable tables in {@code index-config/} (abbreviations, type and issuer codes,
 * deadlines…). A file in the configured directory wins; otherwise the copy bundled in the jar is
 * used, so the program runs from anywhere while an office can still override any table.
 */
public final class IndexConfig {
    private static final String BUNDLED_PREFIX = "/index-config/";

    private final Optional<Path> directory;
    private final Optional<RankingParameters> ranking;

    private IndexConfig(Optional<Path> directory, Optional<RankingParameters> ranking) {
        this.directory = directory;
        this.ranking = ranking;
    }

    private IndexConfig(Optional<Path> directory) {
        this(directory, Optional.empty());
    }

    /** These tables, but ranking with {@code parameters} instead of {@code ranking.properties} (for comparisons). */
    public IndexConfig withRanking(RankingParameters parameters) {
        return new IndexConfig(directory, Optional.of(parameters));
    }

    /** Tables from {@code dir} where present, the bundled ones elsewhere. */
    public static IndexConfig at(Path dir) {
        return new IndexConfig(Optional.of(dir));
    }

    /** Only the tables bundled in the jar. */
    public static IndexConfig bundled() {
        return new IndexConfig(Optional.empty());
    }

    /**
     * The default: {@code VANTHU_CONFIG} if set, else {@code ./index-config} if it exists, else bundled.
     */
    public static IndexConfig fromEnvironment() {
        String env = System.getenv("VANTHU_CONFIG");
        if (env != null && !env.isBlank()) {
            return at(Path.of(env));
        }
        Path local = Path.of("index-config");
        return Files.isDirectory(local) ? at(local) : bundled();
    }

    public Optional<Path> directory() {
        return directory;
    }

    /**
     * The meaningful lines of a table: trimmed, without blank lines and {@code #} comments.
     *
     * @throws IllegalArgumentException if the table exists neither on disk nor in the jar
     */
    public List<String> lines(String name) {
        List<String> out = new ArrayList<>();
        for (String line : readAll(name).split("\\R")) {
            String t = line.strip();
            if (!t.isEmpty() && !t.startsWith("#")) {
                out.add(t);
            }
        }
        return out;
    }

    /** The BM25 parameters of {@code ranking.properties} (read when the index is opened). */
    public RankingParameters ranking() {
        return ranking.orElseGet(() -> RankingParameters.parse(lines(RankingParameters.TABLE)));
    }

    private String readAll(String name) {
        if (directory.isPresent()) {
            Path file = directory.get().resolve(name);
            if (Files.isRegularFile(file)) {
                try {
                    return Files.readString(file, StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read config table " + file, e);
                }
            }
        }
        try (InputStream in = IndexConfig.class.getResourceAsStream(BUNDLED_PREFIX + name)) {
            if (in == null) {
                throw new IllegalArgumentException("config table '" + name + "' not found in "
                        + directory.map(Path::toString).orElse("(none)") + " nor bundled in the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled config table " + name, e);
        }
    }
}
