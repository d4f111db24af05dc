package vn.vanthu.document;

import java.time.LocalDate;
import java.util.Optional;

/**
 * One checked change to a document's metadata: a new value for a field, or none to clear the
 * field's correction (the value read from the text applies again).
 *
 * <p>The value's class follows the field: {@link DocumentNumber} for the number, {@link DocumentType}
 * for the type, {@link LocalDate} for the issue date, {@link Integer} for the session number and
 * term, {@link String} for the rest.
 */
public record MetadataChange(MetadataField field, Optional<Object> value) {

    public MetadataChange {
        value.ifPresent(v -> {
            if (!expectedClass(field).isInstance(v)) {
                throw new IllegalArgumentException(field.apiName() + " takes a " + expectedClass(field).getSimpleName());
            }
        });
    }

    public static MetadataChange clear(MetadataField field) {
        return new MetadataChange(field, Optional.empty());
    }

    public static MetadataChange set(MetadataField field, Object value) {
        return new MetadataChange(field, Optional.of(value));
    }

    /** The value as a person reads it: the number as written, the type's name, the ISO date. */
    public Optional<String> display() {
        return value.map(v -> switch (field) {
            case NUMBER -> ((DocumentNumber) v).display();
            case TYPE -> ((DocumentType) v).name();
            default -> v.toString();
        });
    }

    private static Class<?> expectedClass(MetadataField field) {
        return switch (field) {
            case NUMBER -> DocumentNumber.class;
            case TYPE -> DocumentType.class;
            case ISSUED -> LocalDate.class;
            case SESSION_NUMBER, SESSION_TERM -> Integer.class;
            default -> String.class;
        };
    }
}
