package vn.vanthu.maintenance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** A walk over the originals folder: the files named by a SHA-256, and everything else. */
final class OriginalsFolder {
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    private final Path root;

    OriginalsFolder(Path root) {
        this.root = root;
    }

    record Contents(List<Path> originals, List<Path> tempFiles, List<Path> others) {
    }

    Contents walk() {
        if (!Files.isDirectory(root)) {
            return new Contents(List.of(), List.of(), List.of());
        }
        try (Stream<Path> files = Files.walk(root)) {
            List<Path> all = files.filter(Files::isRegularFile).sorted().toList();
            return new Contents(
                    all.stream().filter(this::isOriginal).toList(),
                    all.stream().filter(p -> p.getFileName().toString().endsWith(".tmp")).toList(),
                    all.stream().filter(p -> !isOriginal(p) && !p.getFileName().toString().endsWith(".tmp")).toList());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the originals in " + root, e);
        }
    }

    /** A file named by its SHA-256 in the {@code ab/cd/} folder its name calls for. */
    private boolean isOriginal(Path p) {
        String name = p.getFileName().toString();
        return SHA256.matcher(name).matches()
                && root.resolve(name.substring(0, 2)).resolve(name.substring(2, 4)).resolve(name).equals(p);
    }
}
