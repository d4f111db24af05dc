package vn.vanthu.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.vanthu.document.ArchivedDocument;

/**
 * Reads key figures ("454 cử tri tham dự", "25/30 đại biểu HĐND huyện (83,33%)", "7 điểm") and
 * settles one value per measure for a set of documents: each document's first statement of the
 * measure is a vote; the value most documents state wins, and among equals the one from the
 * document stating most measures (the summary report, not a single group's).
 */
final class FigureReader {
    private static final Pattern NUMBER = Pattern.compile("(?<![\\d/.,])(\\d{1,3}(?:\\.\\d{3})+|\\d+)(?:/(\\d+))?\\s+");
    private static final Pattern PERCENT = Pattern.compile("^[^()%.;]{0,40}?\\((\\d{1,3}(?:[.,]\\d{1,2})?)\\s*%\\)");

    private final FigureTable table;

    FigureReader(FigureTable table) {
        this.table = table;
    }

    /** The figures one document states, by measure (its first statement of each). */
    Map<String, Figure> read(ArchivedDocument d, String label, List<String> sentences) {
        Map<String, Figure> out = new LinkedHashMap<>();
        for (String sentence : sentences) {
            String folded = PlainText.fold(sentence);
            Matcher n = NUMBER.matcher(folded);
            while (n.find()) {
                String rest = folded.substring(n.end());
                for (FigureTable.Measure m : table.measures()) {
                    if (out.containsKey(m.name()) || !m.unit().matcher(rest).find()
                            || m.sentence().map(p -> !p.matcher(folded).find()).orElse(false)) {
                        continue;
                    }
                    Matcher pct = PERCENT.matcher(rest);
                    out.put(m.name(), new Figure(Long.parseLong(n.group(1).replace(".", "")),
                            Optional.ofNullable(n.group(2)).map(Integer::parseInt),
                            pct.find() ? Optional.of(pct.group(1) + "%") : Optional.empty(),
                            d.id(), label, sentence));
                    break;
                }
            }
        }
        return out;
    }

    /** One figure per measure for a side, in the table's order. */
    Map<String, Figure> settle(List<Map<String, Figure>> perDocument) {
        Map<String, Figure> out = new LinkedHashMap<>();
        for (FigureTable.Measure m : table.measures()) {
            Map<Long, Integer> votes = new HashMap<>();
            List<Map<String, Figure>> stating = new ArrayList<>();
            for (Map<String, Figure> doc : perDocument) {
                Figure f = doc.get(m.name());
                if (f != null) {
                    votes.merge(f.value(), 1, Integer::sum);
                    stating.add(doc);
                }
            }
            stating.stream()
                    .max(Comparator.<Map<String, Figure>>comparingInt(doc -> votes.get(doc.get(m.name()).value()))
                            .thenComparingInt(Map::size))
                    .ifPresent(doc -> out.put(m.name(), doc.get(m.name())));
        }
        return out;
    }

    List<String> measureNames() {
        return table.measures().stream().map(FigureTable.Measure::name).toList();
    }
}
