package vn.vanthu.xref;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;

import vn.vanthu.catalog.DocumentRef;
import vn.vanthu.document.Citation;
import vn.vanthu.document.DocumentNumber;
import vn.vanthu.text.VietnameseFolding;

/**
 * Decides which archived document a citation means, among those bearing its number key. Pure:
 * the candidates are given.
 *
 * <p>Hard rules drop candidates that cannot be meant: the citing document itself; a document
 * issued after the citer; one of another year than the stated date (numbers restart every
 * year); one of another series than the issuer the citation states (or its sentence names
 * after it); and, when no issuer is named, one of another series than the citer's own unless
 * its date is the one stated. Soft rules then prefer, when some candidates pass them, the one
 * issued on the stated date and the one of the stated type. One left: resolved; several:
 * ambiguous, all listed; none: missing.
 */
final class CitationResolver {

    /** The outcome for one citation. */
    record Outcome(ResolutionStatus status, List<DocumentRef> candidates) {
        Outcome {
            candidates = List.copyOf(candidates);
        }
    }

    /** Series read once per distinct issuer name: a batch resolves many citations against the same candidates. */
    private final java.util.Map<String, IssuerSeries> seriesCache = new java.util.HashMap<>();

    private IssuerSeries series(DocumentRef d) {
        if (seriesCache.size() > 10_000) {
            seriesCache.clear();
        }
        return seriesCache.computeIfAbsent(d.issuer().orElse("") + "\u0000" + d.parentIssuer().orElse(""),
                k -> IssuerSeries.of(d));
    }

    Outcome resolve(Citation c, DocumentRef citer, List<DocumentRef> bearers) {
        if (c.number().isEmpty()) {
            return new Outcome(ResolutionStatus.PENDING, List.of());
        }
        List<DocumentRef> cands = bearers.stream().filter(b -> b.id() != citer.id()).toList();
        Optional<LocalDate> citerDate = citer.issued();
        if (citerDate.isPresent()) {
            cands = keep(cands, b -> b.issued().map(d -> !d.isAfter(citerDate.get())).orElse(true));
        }
        Optional<LocalDate> stated = c.date();
        if (stated.isPresent()) {
            cands = keep(cands, b -> b.issued().map(d -> d.getYear() == stated.get().getYear()).orElse(true));
        }
        Optional<IssuerSeries> named = c.issuer().map(IssuerSeries::parse).filter(IssuerSeries::informative)
                .or(() -> IssuerSeries.namedAfter(c.sentence(), c.number().get().raw()));
        if (named.isPresent()) {
            cands = keep(cands, b -> named.get().compatibleWith(series(b)));
        } else {
            IssuerSeries own = series(citer);
            cands = keep(cands, b -> own.compatibleWith(series(b)) || b.issued().equals(stated) && stated.isPresent());
        }
        if (stated.isPresent()) {
            cands = prefer(cands, b -> b.issued().equals(stated));
        }
        if (c.typeName().isPresent()) {
            cands = prefer(cands, b -> sameType(c, b));
        }
        if (cands.isEmpty()) {
            return new Outcome(ResolutionStatus.MISSING, List.of());
        }
        return new Outcome(cands.size() == 1 ? ResolutionStatus.RESOLVED : ResolutionStatus.AMBIGUOUS, cands);
    }

    private static boolean sameType(Citation c, DocumentRef b) {
        String word = VietnameseFolding.fold(c.typeName().get()).strip();
        return b.type().map(t -> word.startsWith(VietnameseFolding.fold(t.name()))
                || word.equals(VietnameseFolding.fold(t.code()))).orElse(false)
                || b.number().map(DocumentNumber::typeCode).map(code -> VietnameseFolding.fold(code).toLowerCase(Locale.ROOT))
                        .filter(code -> !code.isEmpty() && code.equals(word)).isPresent();
    }

    private static List<DocumentRef> keep(List<DocumentRef> cands, Predicate<DocumentRef> rule) {
        return cands.stream().filter(rule).toList();
    }

    /** The candidates passing the rule, if any do; else all of them. */
    private static List<DocumentRef> prefer(List<DocumentRef> cands, Predicate<DocumentRef> rule) {
        List<DocumentRef> passing = keep(cands, rule);
        return passing.isEmpty() ? cands : passing;
    }
}
