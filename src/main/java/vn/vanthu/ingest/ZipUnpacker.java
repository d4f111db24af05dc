package vn.vanthu.ingest;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Unpacks the files of a .zip into memory within limits: entry count, bytes per entry, bytes in
 * all, and expansion ratio per entry. Sizes declared in the zip are not trusted: bytes are
 * counted as they inflate, and unpacking stops at the first limit crossed.
 */
final class ZipUnpacker {
    /** One file of the container; {@code path} is its name inside the zip. */
    record Entry(String path, byte[] bytes) {
    }

    /** Unpacking stopped at a limit: the container is refused, with this reason. */
    static final class LimitException extends Exception {
        LimitException(String message) {
            super(message);
        }
    }

    private final ZipLimits limits;
    private final long maxEntryBytes;

    ZipUnpacker(ZipLimits limits, long maxEntryBytes) {
        this.limits = limits;
        this.maxEntryBytes = maxEntryBytes;
    }

    List<Entry> unpack(byte[] zip) throws IOException, LimitException {
        List<Entry> entries = new ArrayList<>();
        long total = 0;
        byte[] buf = new byte[1 << 16];
        CountingStream raw = new CountingStream(zip);
        try (ZipInputStream in = new ZipInputStream(raw)) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                if (e.isDirectory() || isHidden(e.getName())) {
                    continue;
                }
                if (entries.size() >= limits.maxEntries()) {
                    throw new LimitException("the zip holds more than " + limits.maxEntries() + " files");
                }
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                // Entries streamed with a data descriptor declare no sizes: count the compressed bytes read.
                long compressedStart = raw.position();
                int n;
                long size = 0;
                while ((n = in.read(buf)) > 0) {
                    size += n;
                    total += n;
                    if (size > maxEntryBytes) {
                        throw new LimitException("entry " + e.getName() + " expands beyond " + (maxEntryBytes >> 20) + " MB");
                    }
                    if (total > limits.maxExpandedBytes()) {
                        throw new LimitException("the zip expands beyond " + (limits.maxExpandedBytes() >> 20)
                                + " MB (a zip bomb?)");
                    }
                    long compressed = Math.max(raw.position() - compressedStart, 1);
                    if (size > 1 << 20 && size / compressed > limits.maxRatio()) {
                        throw new LimitException("entry " + e.getName() + " expands more than " + limits.maxRatio()
                                + " times its compressed size (a zip bomb?)");
                    }
                    out.write(buf, 0, n);
                }
                entries.add(new Entry(e.getName(), out.toByteArray()));
            }
        }
        return entries;
    }

    /** The zip's bytes, counting how far the inflater has read. */
    private static final class CountingStream extends ByteArrayInputStream {
        CountingStream(byte[] bytes) {
            super(bytes);
        }

        long position() {
            return pos;
        }
    }

    private static boolean isHidden(String name) {
        for (String part : name.split("/")) {
            if (part.startsWith(".") || part.equals("__MACOSX")) {
                return true;
            }
        }
        return false;
    }
}
