package vn.vanthu.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** The one-line summaries the trace page and `vanthu trace` print. */
class CitationCountsTest {
    private static CitationCounts counts(boolean dated, boolean undated) {
        CitationCounts.Builder b = new CitationCounts.Builder();
        if (dated) {
            b.add("thực hiện", Optional.of(2016), 4, Optional.of(LocalDate.of(2016, 11, 14)), Optional.of(LocalDate.of(2016, 12, 28)));
            b.add("dẫn chiếu", Optional.of(2017), 1, Optional.of(LocalDate.of(2017, 1, 5)), Optional.of(LocalDate.of(2017, 1, 5)));
        }
        if (undated) {
            b.add("căn cứ", Optional.empty(), 2, Optional.empty(), Optional.empty());
        }
        return b.build();
    }

    @Test
    void relationsMostUsedFirstSeparatedByCommas() {
        assertEquals("thực hiện 4, căn cứ 2, dẫn chiếu 1", counts(true, true).relationsText());
    }

    @Test
    void yearsOldestFirstThenTheUndatedWithoutATrailingSeparator() {
        assertEquals("2016: 4, 2017: 1, không rõ ngày: 2", counts(true, true).yearsText());
        assertEquals("2016: 4, 2017: 1", counts(true, false).yearsText());
        assertEquals("không rõ ngày: 2", counts(false, true).yearsText());
        assertEquals("", CitationCounts.NONE.yearsText());
    }
}
