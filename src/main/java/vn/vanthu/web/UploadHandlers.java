package vn.vanthu.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import vn.vanthu.Archive;
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
            throw new ApiError(413, "too_large", "the upload is larger than " + (MAX_REQUEST_BYTES >> 20) + " MB");
        }
        if (!ctx.isMultipartFormData()) {
            throw ApiError.badRequest("send the files as multipart/form-data");
        }
        List<UploadedFile> files = ctx.uploadedFiles();
        if (files.isEmpty()) {
            throw ApiError.badRequest("no file in the upload");
        }
        List<FileResult> results = new ArrayList<>();
        for (UploadedFile f : files) {
            FileResult r = ingest(f);
            results.add(r);
            audit(who, r);
        }
        if (results.stream().allMatch(r -> r.status().equals("failed"))) {
            ctx.status(422).json(new UploadFailed("not_ingested", "no file could be ingested", results));
        } else {
            ctx.status(results.stream().anyMatch(r -> r.status().equals("added")) ? 201 : 200).json(new UploadAnswer(results));
        }
    }

    private FileResult ingest(UploadedFile f) {
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
                    archive.document(a.id()).map(ApiViews.DocumentSummary::of), Optional.empty());
        }
        if (!report.unchanged().isEmpty()) {
            long id = report.unchanged().get(0).id();
            return new FileResult(name, "unchanged", Optional.of(id), Optional.empty(), false,
                    List.of("already archived"), archive.document(id).map(ApiViews.DocumentSummary::of), Optional.empty());
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
