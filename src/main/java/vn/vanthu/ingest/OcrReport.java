package vn.vanthu.ingest;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** What one `vanthu ocr` run did, document by document. */
public final class OcrReport {
    /** A document that now has the text OCR read ({@code chars} may be 0: a blank scan). */
    public record Ocred(long id, String filename, int chars) {
    }

    /** A document that could not be OCRed, still flagged "needs OCR". */
    public record Failed(long id, String filename, String reason) {
    }

    /** An id that was not tried: no such document, or it does not need OCR. */
    public record Skipped(long id, String reason) {
    }

    private final List<Ocred> ocred = Collections.synchronizedList(new ArrayList<>());
    private final List<Failed> failed = Collections.synchronizedList(new ArrayList<>());
    private final List<Skipped> skipped = Collections.synchronizedList(new ArrayList<>());

    void ocred(long id, String filename, int chars) {
        ocred.add(new Ocred(id, filename, chars));
    }

    void failed(long id, String filename, String reason) {
        failed.add(new Failed(id, filename, reason));
    }

    void skipped(long id, String reason) {
        skipped.add(new Skipped(id, reason));
    }

    public List<Ocred> ocred() {
        return sorted(ocred, Ocred::id);
    }

    public List<Failed> failed() {
        return sorted(failed, Failed::id);
    }

    public List<Skipped> skipped() {
        return sorted(skipped, Skipped::id);
    }

    /** The ids whose text changed (for the cross-references and sessions to follow). */
    public List<Long> ocredIds() {
        return ocred().stream().map(Ocred::id).toList();
    }

    /** The summary printed at the end of a run. */
    public String summary() {
        StringBuilder sb = new StringBuilder();
        long blank = ocred().stream().filter(o -> o.chars() == 0).count();
        sb.append(String.format("OCRed %d (%d with no text found), failed %d, skipped %d%n", ocred.size(), blank,
                failed.size(), skipped.size()));
        for (Ocred o : ocred()) {
            sb.append(String.format("  ocred   %d %s: %d characters%n", o.id(), o.filename(), o.chars()));
        }
        for (Failed f : failed()) {
            sb.append(String.format("  failed  %d %s: %s%n", f.id(), f.filename(), f.reason()));
        }
        for (Skipped s : skipped()) {
            sb.append(String.format("  skipped %d: %s%n", s.id(), s.reason()));
        }
        return sb.toString();
    }

    private static <T> List<T> sorted(List<T> list, java.util.function.ToLongFunction<T> id) {
        synchronized (list) {
            return list.stream().sorted(java.util.Comparator.comparingLong(id)).toList();
        }
    }
}
