package vn.vanthu.catalog;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * Instants as the catalog's access tables store them: UTC with exactly three fraction digits, so
 * text order is time order and SQL range conditions on them are correct.
 */
final class Timestamps {
    private static final DateTimeFormatter FORMAT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private Timestamps() {
    }

    static String format(Instant at) {
        return FORMAT.format(at.truncatedTo(ChronoUnit.MILLIS));
    }

    static Optional<Instant> parse(String stored) {
        return Optional.ofNullable(stored).map(Instant::parse);
    }
}
