package vn.vanthu.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonProperty;

import vn.vanthu.ArchiveView;
import vn.vanthu.catalog.DocumentOrigin;
import vn.vanthu.catalog.DocumentRef;
import vn.vanthu.document.ArchivedDocument;
import vn.vanthu.document.Citation;
import vn.vanthu.document.DocumentMetadata;
import vn.vanthu.document.DocumentNumber;
import vn.vanthu.document.DocumentType;
import vn.vanthu.document.SessionRef;
import vn.vanthu.document.SignatureBlock;
import vn.vanthu.xref.NumberTrace;
import vn.vanthu.xref.ResolvedCitation;

/** The JSON shapes of the API contract (DESIGN.md), made from domain values. */
final class ApiViews {
    private ApiViews() {
    }

    record DocumentSummary(long id, String number, String type, String title, String issuer, LocalDate issued,
                           String session, String filename, String sha256) {
        static DocumentSummary of(ArchivedDocument d) {
            DocumentMetadata m = d.metadata();
            return new DocumentSummary(d.id(), m.number().map(DocumentNumber::display).orElse(null),
                    m.type().map(DocumentType::name).orElse(null), d.displayTitle(), m.issuer().orElse(null),
                    m.issued().orElse(null), m.session().map(SessionRef::label).orElse(null), d.filename(), d.sha256());
        }
    }

    record DocumentList(long total, List<DocumentSummary> documents) {
    }

    record CitationView(String number, String key, String type, String name, LocalDate date, String issuer,
                        String relation, String context, String status, List<Long> resolvedIds) {
        static CitationView of(ResolvedCitation r) {
            Citation c = r.citation();
            return new CitationView(c.number().map(DocumentNumber::display).orElse(null),
                    c.number().map(DocumentNumber::key).orElse(null), c.typeName().orElse(null),
                    c.name().orElse(null), c.date().orElse(null), c.issuer().orElse(null), c.relation(),
                    c.sentence(), c.number().isPresent() ? r.status().code() : null, r.candidateIds());
        }

        /** The contract's single resolved id: set only when exactly one archived document matches. */
        @JsonProperty("resolvedId")
        public Long resolvedId() {
            return resolvedIds.size() == 1 ? resolvedIds.get(0) : null;
        }
    }

    record CitedByView(long id, String number, String title, String issuer, LocalDate issued, String relation,
                       String context, String status) {
        static CitedByView of(NumberTrace.CitedBy c) {
            DocumentRef d = c.citer();
            return new CitedByView(d.id(), d.displayNumber().orElse(null), d.displayTitle(), d.issuer().orElse(null),
                    d.issued().orElse(null), c.citation().relation(), c.citation().sentence(), c.status().code());
        }
    }

    record DocumentDetail(long id, String number, String type, String title, String issuer, String parentIssuer,
                          LocalDate issued, String place, String session, String signer, String filename,
                          String mediaType, long size, String sha256, List<String> warnings,
                          List<CitationView> citations, List<CitedByView> citedBy, XrefViews.StatusView status,
                          String security, String urgency, List<String> recipients, List<String> distribution,
                          SignatureView signature, TermView term, List<CorrectionView> corrections,
                          OriginView origin) {
    }

    /** The signature block: authority lines ("TM. THƯỜNG TRỰC HĐND"), position and name. */
    record SignatureView(List<String> authorities, String position, String name) {
        static SignatureView of(DocumentMetadata m) {
            return m.signature().map(s -> new SignatureView(
                    s.authorities().stream().map(SignatureBlock.Authority::label).toList(),
                    s.position().orElse(null), s.name().orElse(null))).orElse(null);
        }
    }

    /** The council term's years ("nhiệm kỳ 2016 - 2021"). */
    record TermView(int from, int to, String label) {
        static TermView of(DocumentMetadata m) {
            return m.termYears().map(t -> new TermView(t.from(), t.to(), t.label())).orElse(null);
        }
    }

    /** A staff correction of one field: the value read from the text, the corrected one, who and when. */
    record CorrectionView(String field, String label, String extracted, String value, String by, java.time.Instant at,
                          String note) {
        static CorrectionView of(vn.vanthu.document.FieldCorrection c) {
            return new CorrectionView(c.field().apiName(), c.field().label(), c.extracted().orElse(null), c.value(), c.by(),
                    c.at(), c.note().orElse(null));
        }
    }

    /**
     * Where a document came from: the zip it was unpacked from (and its path there), the zip's own
     * entries, the version it replaced and the one that replaced it, and whether it still needs OCR.
     */
    record OriginView(Long containerId, String entryPath, List<Long> entries, Long previousVersionId,
                      Long nextVersionId, boolean needsOcr) {
        /** Links to documents the caller may not see are left out, as if those did not exist. */
        static OriginView of(ArchiveView view, Optional<DocumentOrigin> origin, List<Long> entries, Optional<Long> next) {
            DocumentOrigin o = origin.orElse(DocumentOrigin.file());
            return new OriginView(o.containerId().filter(view::sees).orElse(null), o.entryPath().orElse(null),
                    entries.stream().filter(view::sees).toList(), o.previousVersionId().filter(view::sees).orElse(null),
                    next.filter(view::sees).orElse(null), o.needsOcr());
        }
    }

    record Health(String status, int documents, int indexed) {
    }
}
