package vn.vanthu.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The security and urgency stamps ("MẬT", "KHẨN") met in a header, the first of each kind kept. A
 * stamp stands on its own or beside another column's text, three spaces or more away.
 */
final class HeaderStamps {
    private static final Pattern COLUMN_GAP = Pattern.compile("[ \\t]{3,}");
    private Optional<String> security = Optional.empty();
    private Optional<String> urgency = Optional.empty();

    /** The piece without its stamps: empty when it was a stamp, else the columns that are not. */
    String take(String t) {
        List<String> kept = new ArrayList<>();
        String[] columns = COLUMN_GAP.split(t);
        for (String column : columns) {
            Optional<Stamps.Stamp> stamp = Stamps.of(column);
            if (stamp.isPresent()) {
                security = security.or(stamp.get()::security);
                urgency = urgency.or(stamp.get()::urgency);
            } else {
                kept.add(column);
            }
        }
        return kept.size() == columns.length ? t : String.join("   ", kept).strip();
    }

    Optional<String> security() {
        return security;
    }

    Optional<String> urgency() {
        return urgency;
    }
}
