package vn.vanthu.maintenance;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import vn.vanthu.catalog.StoredOriginal;

/** Fixity: reads every original and compares its SHA-256 and size with what the catalog recorded. */
public final class FixityCheck {
    private FixityCheck() {
    }

    public static FixityReport verify(List<StoredOriginal> originals, Function<String, Path> pathOf, Consumer<String> progress) {
        List<StoredOriginal> missing = new ArrayList<>();
        List<StoredOriginal> damaged = new ArrayList<>();
        long bytes = 0;
        int n = 0;
        for (StoredOriginal o : originals) {
            Path file = pathOf.apply(o.sha256());
            if (!Files.isRegularFile(file)) {
                missing.add(o);
                progress.accept("missing: document " + o.id() + " " + o.sha256());
                continue;
            }
            try {
                long size = Files.size(file);
                bytes += size;
                if (size != o.size() || !sha256(file).equals(o.sha256())) {
                    damaged.add(o);
                    progress.accept("damaged: document " + o.id() + " " + file);
                }
            } catch (IOException e) {
                damaged.add(o);
                progress.accept("unreadable: document " + o.id() + " " + file + ": " + e.getMessage());
            }
            if (++n % 1000 == 0) {
                progress.accept("verified " + n);
            }
        }
        return new FixityReport(originals.size(), bytes, missing, damaged);
    }

    static String sha256(Path file) throws IOException {
        MessageDigest md = digest();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), md)) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(md.digest());
    }

    static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
