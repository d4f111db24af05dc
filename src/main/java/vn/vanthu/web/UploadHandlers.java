package vn.vanthu.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import vn.vanthu.Archive;
import vn.vanthu.ArchiveView;
import vn.vanthu.access.AccessLevel;
import vn.vanthu.access.Caller;
import vn.vanthu.catalog.DocumentOrigin;
import vn.vanthu.ingest.IngestOptions;
import vn.vanthu.ingest.IngestReport;

/**
 * {@code POST /api/documents}: staff upload one or several files (multipart, any field name);
 * each goes through the same pipeline as a file from disk. The answer lists each file's outcome:
 * the new (or already archived) document, or its error.
 */
final class UploadHandlers {
    /** The largest request accepted; the server's own limit is set to the same. */
    static final long MAX_REQUEST_BYTES = 64L * 1024 * 1024;
    /**
     * A too-large upload up to this size is read and dropped before the 413 is sent: a client that
     * sends its whole body before reading (as browsers and Java's HttpClient do) would otherwise meet
     * a connection closed under it and never see the answer. Beyond it the connection is closed.
     */
    static final long MAX_DRAINED_BYTES = 4 * MAX_REQUEST_BYTES;

    private final Archive archive;
    private final StaffToken staff;
    private final IngestOptions options;

    UploadHandlers(Archive archive, StaffToken staff) {
        this.archive = archive;
        this.staff = staff;
        this.options = IngestOptions.defaults().withThreads(1).withMaxFileBytes(MAX_REQUEST_BYTES);
    }

    /** One file's outcome: {@code status} is added, unchanged or failed. */
    record FileResult(String filename, String status, Optional<Long> id, Optional<Long> previousVersionId,
                      boolean needsOcr, List<String> warnings, Optional<ApiViews.DocumentSummary> document,
                      Optional<String> error) {
    }

    record UploadAnswer(List<FileResult> files) {
    }

    /** The 4xx body when no file could be ingested: the error contract plus each file's reason. */
    record UploadFailed(String error, String message, List<FileResult> files) {
    }

    void upload(Context ctx) {
        Caller who = staff.require(ctx, "uploading");
        long length = ctx.req().getContentLengthLong();
        if (length > MAX_REQUEST_BYTES) {
            if (length <= MAX_DRAINED_BYTES) {
                discardBody(ctx);
            }
            throw new ApiError(413, "too_large", "the upload is larger than " + (MAX_REQUEST_BYTES >> 20) + " MB");
        }
        if (!ctx.isMultipartFormData()) {
            throw ApiError.badRequest("send the files as multipart/form-data");
        }
        List<UploadedFile> files = ctx.uploadedFiles();
        if (files.isEmpty()) {
            throw ApiError.badRequest("no file in the upload");
        }
        ArchiveView view = archive.as(who);
        IngestOptions run = options.withAccess(accessOf(ctx, view));
        List<FileResult> results = new ArrayList<>();
        for (UploadedFile f : files) {
            FileResult r = ingest(f, run, view);
            results.add(r);
            audit(who, r);
        }
        if (results.stream().allMatch(r -> r.status().equals("failed"))) {
            ctx.status(422).json(new UploadFailed("not_ingested", "no file could be ingested", results));
        } else {
            ctx.status(results.stream().anyMatch(r -> r.status().equals("added")) ? 201 : 200).json(new UploadAnswer(results));
        }
    }

    /** Reads the request's body to its end, keeping none of it (a client gone midway ends it too). */
    private static void discardBody(Context ctx) {
        try (InputStream in = ctx.req().getInputStream()) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        } catch (IOException gone) {
            // Nothing to answer to: the 413 below goes to a closed connection.
        }
    }

    /**
     * The level the form's {@code access} field asks for unmarked files (public when absent): staff
     * may file papers as internal, only an administrator as confidential.
     */
    private static AccessLevel accessOf(Context ctx, ArchiveView view) {
        String asked = Optional.ofNullable(ctx.formParam("access")).orElse("").strip();
        if (asked.isEmpty()) {
            return AccessLevel.PUBLIC;
        }
        AccessLevel level = AccessLevel.parse(asked).orElseThrow(() -> ApiError.badRequest(
                "unknown access level '" + Params.abbreviate(asked) + "': public, internal or confidential"));
        if (!view.caller().role().canChangeAccess(AccessLevel.PUBLIC, level)) {
            throw new ApiError(403, "forbidden", "only an administrator may file a document as confidential");
        }
        return level;
    }

    private FileResult ingest(UploadedFile f, IngestOptions options, ArchiveView view) {
        String name = f.filename() == null || f.filename().isBlank() ? "upload" : Params.abbreviate(f.filename());
        byte[] bytes;
        try (InputStream in = f.content()) {
            bytes = in.readAllBytes();
        } catch (IOException e) {
            return failed(name, "the upload could not be read: " + e.getMessage());
        }
        IngestReport report = archive.ingestUpload(bytes, name, options);
        if (!report.added().isEmpty()) {
            IngestReport.Added a = report.added().get(0);
            Optional<DocumentOrigin> origin = archive.origin(a.id());
            return new FileResult(name, "added", Optional.of(a.id()), origin.flatMap(DocumentOrigin::previousVersionId),
                    origin.map(DocumentOrigin::needsOcr).orElse(false), a.warnings(),
                    view.document(a.id()).map(ApiViews.DocumentSummary::of), Optional.empty());
        }
        if (!report.unchanged().isEmpty()) {
            long id = report.unchanged().get(0).id();
            return new FileResult(name, "unchanged", Optional.of(id), Optional.empty(), false,
                    List.of("already archived"), view.document(id).map(ApiViews.DocumentSummary::of), Optional.empty());
        }
        return failed(name, report.failed().isEmpty() ? "not ingested" : report.failed().get(0).reason());
    }

    /** Every uploaded file is written in the audit log with its outcome, failures included. */
    private void audit(Caller who, FileResult r) {
        archive.audit(who, "upload", r.id().orElse(null),
                r.filename() + ": " + r.status() + r.error().map(e -> " (" + e + ")").orElse(""));
    }

    private static FileResult failed(String name, String reason) {
        return new FileResult(name, "failed", Optional.empty(), Optional.empty(), false, List.of(), Optional.empty(),
                Optional.of(reason));
    }
}
