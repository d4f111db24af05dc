package vn.vanthu.compare;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import vn.vanthu.access.Visibility;
import vn.vanthu.catalog.Catalog;
import vn.vanthu.catalog.SessionStore;
import vn.vanthu.config.IndexConfig;
import vn.vanthu.document.ArchivedDocument;
import vn.vanthu.document.DocumentNumber;
import vn.vanthu.document.DocumentType;
import vn.vanthu.index.SearchIndex;

/**
 * Compares two sessions, or two searches: documents by type and issuer, the preparation timeline
 * with late documents, key figures aligned by what they count, distinctive and shared phrases, and
 * paired documents with their sentence-level diff. The tables in {@code index-config/} are read
 * at each comparison, so an office's edit applies at once.
 */
public final class Comparer {
    static final int TERMS_PER_LIST = 25;

    private final Catalog catalog;
    private final SideResolver sides;
    private final IndexConfig config;

    public Comparer(Catalog catalog, SessionStore sessions, SearchIndex index, IndexConfig config) {
        this.catalog = catalog;
        this.sides = new SideResolver(catalog, sessions, index);
        this.config = config;
    }

    /**
     * Compares what {@code a} and {@code b} name: a session id, a session label ("kỳ họp thứ ba khóa
     * XI"), or else a search ("q:" forces a search).
     *
     * @throws IllegalArgumentException when either names nothing that can be compared
     */
    public Comparison compare(String a, String b) {
        return compare(a, b, Optional.empty());
    }

    /** The comparison as a caller sees it: each side holds only the documents they may see. */
    public Comparison compare(String a, String b, Visibility caller) {
        return compare(a, b, Optional.of(caller));
    }

    private Comparison compare(String a, String b, Optional<Visibility> caller) {
        long start = System.nanoTime();
        SideResolver.Resolved ra = sides.resolve(a, "a", caller);
        SideResolver.Resolved rb = sides.resolve(b, "b", caller);
        Deadlines deadlines = Deadlines.load(config);
        FigureReader figures = new FigureReader(FigureTable.load(config));

        Map<Long, List<String>> sentences = new HashMap<>();
        ra.documents().forEach(d -> sentences.computeIfAbsent(d.id(), k -> PlainText.sentences(d.text())));
        rb.documents().forEach(d -> sentences.computeIfAbsent(d.id(), k -> PlainText.sentences(d.text())));
        List<Map<String, Figure>> figA = ra.documents().stream().map(d -> figures.read(d, label(d), sentences.get(d.id()))).toList();
        List<Map<String, Figure>> figB = rb.documents().stream().map(d -> figures.read(d, label(d), sentences.get(d.id()))).toList();
        Map<String, Figure> settledA = figures.settle(figA);
        Map<String, Figure> settledB = figures.settle(figB);
        List<Comparison.FigureRow> figureRows = new ArrayList<>();
        for (String measure : figures.measureNames()) {
            if (settledA.containsKey(measure) || settledB.containsKey(measure)) {
                figureRows.add(Comparison.FigureRow.of(measure, Optional.ofNullable(settledA.get(measure)),
                        Optional.ofNullable(settledB.get(measure))));
            }
        }

        DistinctiveTerms.Result terms = DistinctiveTerms.compare(
                DistinctiveTerms.count(ra.documents().stream().map(d -> sentences.get(d.id())).toList()),
                DistinctiveTerms.count(rb.documents().stream().map(d -> sentences.get(d.id())).toList()), TERMS_PER_LIST);

        List<Comparison.DocumentPair> pairs = new ArrayList<>();
        for (DocumentPairing.Match m : DocumentPairing.pair(ra.documents(), rb.documents())) {
            pairs.add(Comparison.DocumentPair.of(row(m.a(), ra), row(m.b(), rb), Math.round(m.similarity() * 100) / 100.0,
                    m.basis(), SentenceDiff.diff(sentences.get(m.a().id()), sentences.get(m.b().id()))));
        }

        Comparison.Side sideA = side(ra, deadlines);
        Comparison.Side sideB = side(rb, deadlines);
        return new Comparison(sideA, sideB,
                counts(ra.documents(), rb.documents(), d -> d.metadata().type().map(DocumentType::name).orElse("(không rõ loại)")),
                counts(ra.documents(), rb.documents(), d -> d.metadata().issuer().map(Comparer::shortIssuer).orElse("(không rõ cơ quan)")),
                figureRows, terms.onlyA(), terms.onlyB(), terms.shared(), pairs,
                (System.nanoTime() - start) / 1_000_000);
    }

    private Comparison.Side side(SideResolver.Resolved r, Deadlines deadlines) {
        List<Comparison.DocumentRow> rows = r.documents().stream().map(d -> row(d, r)).toList();
        List<Comparison.TimelineEntry> timeline = new ArrayList<>();
        Optional<LocalDate> opening = r.session().flatMap(s -> s.opening());
        Optional<LocalDate> lastDay = r.session().flatMap(s -> s.closing().or(s::opening));
        for (ArchivedDocument d : r.documents()) {
            Optional<LocalDate> issued = d.metadata().issued();
            Optional<Long> days = opening.flatMap(o -> issued.map(i -> ChronoUnit.DAYS.between(i, o)));
            Optional<Deadlines.Rule> rule = deadlines.ruleFor(d);
            boolean judged = issued.isPresent() && lastDay.isPresent() && !issued.get().isAfter(lastDay.get());
            boolean late = judged && rule.isPresent() && days.isPresent() && days.get() < rule.get().days();
            timeline.add(new Comparison.TimelineEntry(d.id(), label(d), typeName(d), d.displayTitle(), issued, days,
                    rule.map(Deadlines.Rule::text), rule.map(Deadlines.Rule::days), late));
        }
        timeline.sort(Comparator.comparing((Comparison.TimelineEntry t) -> t.issued().orElse(LocalDate.MAX))
                .thenComparingLong(Comparison.TimelineEntry::id));
        return Comparison.Side.of(r.label(), r.kind(), r.session(), r.query(), rows, timeline);
    }

    private static Comparison.DocumentRow row(ArchivedDocument d, SideResolver.Resolved r) {
        var m = d.metadata();
        return new Comparison.DocumentRow(d.id(), label(d), typeName(d), m.type().map(DocumentType::code).orElse(""),
                m.issuer().orElse(""), m.issued(), d.displayTitle(), r.reasons().getOrDefault(d.id(), ""));
    }

    private static List<Comparison.CountRow> counts(List<ArchivedDocument> a, List<ArchivedDocument> b,
                                                    Function<ArchivedDocument, String> key) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        Set<String> order = new LinkedHashSet<>();
        a.forEach(d -> order.add(key.apply(d)));
        b.forEach(d -> order.add(key.apply(d)));
        order.forEach(k -> counts.put(k, new int[2]));
        a.forEach(d -> counts.get(key.apply(d))[0]++);
        b.forEach(d -> counts.get(key.apply(d))[1]++);
        List<Comparison.CountRow> out = new ArrayList<>();
        counts.forEach((k, v) -> out.add(Comparison.CountRow.of(k, v[0], v[1])));
        out.sort(Comparator.comparingInt((Comparison.CountRow c) -> c.a() + c.b()).reversed().thenComparing(Comparison.CountRow::value));
        return out;
    }

    /**
     * One name per body for counting: headers write "HỘI ĐỒNG NHÂN DÂN HUYỆN KHOA" or "HĐND HUYỆN
     * KHOA" for the same council, so the long forms take the abbreviations staff use.
     */
    static String shortIssuer(String issuer) {
        return issuer.replaceAll("(?iu)h[ộo]i\\s+đ[ồo]ng\\s+nh[âa]n\\s+d[âa]n", "HĐND")
                .replaceAll("(?iu)[ủu][ỷy]?\\s*ban\\s+nh[âa]n\\s+d[âa]n", "UBND")
                .replaceAll("\\s+", " ").strip();
    }

    static String label(ArchivedDocument d) {
        return d.metadata().number().map(DocumentNumber::display).filter(n -> !n.isBlank()).orElse(d.filename());
    }

    private static String typeName(ArchivedDocument d) {
        return d.metadata().type().map(DocumentType::name).orElse("");
    }

    /** The catalog behind this comparer (for the benchmark's baseline). */
    Catalog catalog() {
        return catalog;
    }
}
