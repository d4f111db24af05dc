package vn.vanthu.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import vn.vanthu.config.IndexConfig;

/** The key figures worth aligning, from {@code index-config/figures.tsv}. */
final class FigureTable {
    /** One measure: its name, the words after the number, and what its sentence must say. */
    record Measure(String name, Pattern unit, Optional<Pattern> sentence) {
    }

    private final List<Measure> measures;

    private FigureTable(List<Measure> measures) {
        this.measures = List.copyOf(measures);
    }

    static FigureTable load(IndexConfig config) {
        List<Measure> out = new ArrayList<>();
        for (String line : config.lines("figures.tsv")) {
            String[] f = line.split("\t");
            if (f.length < 2) {
                throw new IllegalArgumentException("figures.tsv: expected 'measure<TAB>unit[<TAB>sentence]', got: " + line);
            }
            try {
                out.add(new Measure(f[0].strip(), Pattern.compile("^(?:" + f[1].strip() + ")"),
                        f.length > 2 && !f[2].isBlank() ? Optional.of(Pattern.compile(f[2].strip())) : Optional.empty()));
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException("figures.tsv: bad pattern in line: " + line, e);
            }
        }
        return new FigureTable(out);
    }

    List<Measure> measures() {
        return measures;
    }
}
