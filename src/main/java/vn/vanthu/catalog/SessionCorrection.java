package vn.vanthu.catalog;

import java.time.LocalDate;
import java.util.Optional;

/** What staff change on a session; absent fields stay as they are. */
public record SessionCorrection(Optional<LocalDate> opening, Optional<LocalDate> closing, Optional<Integer> term,
                                Optional<String> kind, Optional<String> note) {

    public boolean isEmpty() {
        return opening.isEmpty() && closing.isEmpty() && term.isEmpty() && kind.isEmpty();
    }
}
