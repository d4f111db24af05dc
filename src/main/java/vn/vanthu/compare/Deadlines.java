package vn.vanthu.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import vn.vanthu.config.IndexConfig;
import vn.vanthu.document.ArchivedDocument;
import vn.vanthu.document.DocumentType;

/** How many days before the opening a document must reach delegates, from {@code index-config/deadlines.tsv}. */
final class Deadlines {
    /** One rule: documents of this type (and matching these words) are due this many days before. */
    record Rule(String typeCode, int days, Optional<Pattern> words, String text) {
    }

    private static final int HEAD = 600;

    private final List<Rule> rules;

    private Deadlines(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    static Deadlines load(IndexConfig config) {
        List<Rule> out = new ArrayList<>();
        for (String line : config.lines("deadlines.tsv")) {
            String[] f = line.split("\t", -1);
            if (f.length < 4) {
                throw new IllegalArgumentException("deadlines.tsv: expected 'type<TAB>days<TAB>words<TAB>rule', got: " + line);
            }
            try {
                out.add(new Deadlines.Rule(f[0].strip(), Integer.parseInt(f[1].strip()),
                        f[2].isBlank() ? Optional.empty() : Optional.of(Pattern.compile(f[2].strip())), f[3].strip()));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("deadlines.tsv: days must be a whole number in: " + line, e);
            }
        }
        return new Deadlines(out);
    }

    /** The rule a document falls under, if any (the first that matches). */
    Optional<Rule> ruleFor(ArchivedDocument d) {
        Optional<String> code = d.metadata().type().map(DocumentType::code);
        if (code.isEmpty()) {
            return Optional.empty();
        }
        // The title and the head of the text: a draft says "DỰ THẢO" there, an adopted resolution
        // may quote "dự thảo" further down.
        String head = d.text().substring(0, Math.min(d.text().length(), HEAD));
        String folded = PlainText.fold(d.displayTitle() + "\n" + head);
        return rules.stream()
                .filter(r -> r.typeCode().equalsIgnoreCase(code.get()))
                .filter(r -> r.words().map(p -> p.matcher(folded).find()).orElse(true))
                .findFirst();
    }
}
