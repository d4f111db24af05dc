package vn.vanthu.catalog;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A number cited but not in the archive.
 *
 * @param key        its canonical key
 * @param spellings  the ways the citations write it, most frequent first
 * @param citations  how many citations name it
 * @param citers     the citing documents, in date order (at most the first few)
 * @param citerCount how many distinct documents cite it
 * @param firstCited the earliest citing document's date
 * @param lastCited  the latest citing document's date
 */
public record MissingNumberRow(String key, List<String> spellings, int citations, List<DocumentRef> citers,
                               int citerCount, Optional<LocalDate> firstCited, Optional<LocalDate> lastCited) {
    public MissingNumberRow {
        spellings = List.copyOf(spellings);
        citers = List.copyOf(citers);
    }
}
