package vn.vanthu.extract;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Limits on what a zip-based file (.docx, .xlsx, .odt, …) may expand to, checked before a parser
 * opens it: a part inflating more than {@code maxRatio} times its compressed size (once past
 * 1 MB), more than {@code maxExpandedBytes} inflated in all, or packages nested deeper than
 * {@code maxDepth} (a .docx embedded in a .docx is depth 2). Without this a bomb reaches the
 * parser, which builds the whole part in memory and takes the extraction process down with no
 * reason a person can act on. Bytes are counted as they inflate (declared sizes can lie), and
 * nothing inflated is kept. A package this stream reader cannot read is left to the parser,
 * which reads it its own way: only a crossed limit refuses a file.
 */
public record PackageLimits(int maxRatio, long maxExpandedBytes, int maxDepth) {
    /** The same figures as the limits on .zip files (ingest.ZipLimits). */
    public static PackageLimits defaults() {
        return new PackageLimits(200, 1L << 30, 3);
    }

    /** Ratios are judged only past this many inflated bytes: small parts compress well legitimately. */
    private static final long RATIO_GRACE = 1L << 20;

    /** Whether the bytes are a zip (local file header "PK\3\4"). */
    public static boolean isZip(byte[] bytes) {
        return bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
    }

    /** Refuses, with the limit named, a zip-based file that expands beyond these limits. */
    public void check(byte[] bytes) throws ExtractionException {
        if (!isZip(bytes)) {
            return;
        }
        try {
            walk(new ByteArrayInputStream(bytes), 1, new long[1], "");
        } catch (Crossed c) {
            throw new ExtractionException(c.getMessage());
        } catch (IOException | RuntimeException e) {
            // Not readable as a stream of entries (a damaged zip, a layout ZipInputStream refuses):
            // the parser gives its own reason, and its own limits still apply.
        }
    }

    private void walk(InputStream zip, int depth, long[] total, String prefix) throws IOException, Crossed {
        Counting raw = new Counting(zip);
        ZipInputStream in = new ZipInputStream(raw);
        byte[] buf = new byte[1 << 16];
        ZipEntry e;
        while ((e = in.getNextEntry()) != null) {
            String name = prefix + e.getName();
            long compressedStart = raw.count;
            Counting inflated = new Counting(new Unclosable(in));
            // A package inside the package (an embedded .docx, a .zip attachment): check it too.
            inflated.mark(4);
            byte[] head = inflated.readNBytes(4);
            inflated.reset();
            if (isZip(head)) {
                if (depth >= maxDepth) {
                    throw new Crossed("the file nests packages deeper than " + maxDepth + " levels (" + name
                            + "); limit: " + maxDepth + " levels");
                }
                walk(inflated, depth + 1, total, name + "!/");
            }
            int n;
            while ((n = inflated.read(buf)) > 0) {
                total[0] += n;
                if (total[0] > maxExpandedBytes) {
                    throw new Crossed("the file expands beyond the limit when decompressed (a zip bomb?): more than "
                            + (maxExpandedBytes >> 20) + " MB; limit: " + (maxExpandedBytes >> 20) + " MB in all");
                }
                long size = inflated.count;
                long compressed = Math.max(raw.count - compressedStart, 1);
                if (size > RATIO_GRACE && size / compressed > maxRatio) {
                    throw new Crossed("the file expands beyond the limit when decompressed (a zip bomb?): its part "
                            + name + " inflates more than " + maxRatio + " times its compressed size; limit: "
                            + maxRatio + "× per part");
                }
            }
        }
    }

    /** A limit was crossed: the reason, for the person who reads the failure. */
    private static final class Crossed extends Exception {
        Crossed(String message) {
            super(message, null, false, false);
        }
    }

    /** Counts the bytes read through it (and supports mark/reset for a peek). */
    private static final class Counting extends java.io.BufferedInputStream {
        long count;
        private long marked;

        Counting(InputStream in) {
            super(in, 1 << 16);
        }

        @Override
        public synchronized int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public synchronized int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }

        @Override
        public synchronized void mark(int limit) {
            super.mark(limit);
            marked = count;
        }

        @Override
        public synchronized void reset() throws IOException {
            super.reset();
            count = marked;
        }
    }

    /** The current entry of a ZipInputStream, which a nested reader must not close. */
    private static final class Unclosable extends FilterInputStream {
        Unclosable(InputStream in) {
            super(in);
        }

        @Override
        public void close() {
        }
    }
}
