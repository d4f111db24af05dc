package vn.vanthu.text;

import java.util.ArrayList;
import java.util.List;

/**
 * The abbreviations of council documents and their long forms, as listed in
 * {@code index-config/abbreviations.txt}: one per line, {@code SHORT = long form | other long form}.
 * The short form may be several words to give an ambiguous abbreviation its context
 * ({@code TTr HĐND = thường trực hội đồng nhân dân}).
 */
public record AbbreviationTable(List<Entry> entries) {

    /** One abbreviation: its short spelling as written in documents and its long forms. */
    public record Entry(String shortForm, List<String> longForms) {
        public Entry {
            longForms = List.copyOf(longForms);
            if (shortForm.isBlank() || longForms.isEmpty()) {
                throw new IllegalArgumentException("an abbreviation needs a short and a long form");
            }
        }
    }

    public AbbreviationTable {
        entries = List.copyOf(entries);
    }

    /** Parses the meaningful lines of the table (comments already stripped). */
    public static AbbreviationTable parse(List<String> lines) {
        List<Entry> entries = new ArrayList<>();
        for (String line : lines) {
            int eq = line.indexOf('=');
            if (eq < 0) {
                throw new IllegalArgumentException("abbreviation line needs '=': " + line);
            }
            String shortForm = VietnameseNormalizer.normalize(line.substring(0, eq)).strip();
            List<String> longForms = new ArrayList<>();
            for (String l : line.substring(eq + 1).split("\\|")) {
                String t = VietnameseNormalizer.normalize(l).strip();
                if (!t.isEmpty()) {
                    longForms.add(t);
                }
            }
            entries.add(new Entry(shortForm, longForms));
        }
        return new AbbreviationTable(entries);
    }

    /** A table with no abbreviations. */
    public static AbbreviationTable empty() {
        return new AbbreviationTable(List.of());
    }
}
