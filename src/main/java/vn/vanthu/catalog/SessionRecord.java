package vn.vanthu.catalog;

import java.time.LocalDate;
import java.util.Optional;

import vn.vanthu.document.SessionRef;

/**
 * A council session as the catalog keeps it.
 *
 * @param id               the catalog's id
 * @param ref              number, term and kind
 * @param opening          the first day, when known
 * @param closing          the last day, when known
 * @param datesSource      where the dates come from: the sentence they were read in, or a staff correction
 * @param correctedByStaff true once staff corrected it: reading the documents again no longer changes it
 */
public record SessionRecord(long id, SessionRef ref, Optional<LocalDate> opening, Optional<LocalDate> closing,
                            String datesSource, boolean correctedByStaff) {

    public String label() {
        return ref.label();
    }
}
