package vn.vanthu.index;

import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.StoredFieldVisitor;

/**
 * The stored fields a hit shows, read straight into strings: no {@code Document} of
 * {@code StoredField}s to build and search by name per hit. The first value of a field is kept, as
 * {@code Document.get} returns it. One instance per hit.
 */
final class HitFields extends StoredFieldVisitor {
    private final boolean withText;
    String id;
    String number;
    String type;
    String title;
    String issuer;
    String issued;
    String session;
    String text;

    /** Reads the display fields, and the text when {@code withText}. */
    HitFields(boolean withText) {
        this.withText = withText;
    }

    @Override
    public Status needsField(FieldInfo field) {
        return switch (field.name) {
            case IndexFields.ID -> id == null ? Status.YES : Status.NO;
            case IndexFields.STORED_NUMBER -> number == null ? Status.YES : Status.NO;
            case IndexFields.STORED_TYPE -> type == null ? Status.YES : Status.NO;
            case IndexFields.STORED_TITLE -> title == null ? Status.YES : Status.NO;
            case IndexFields.STORED_ISSUER -> issuer == null ? Status.YES : Status.NO;
            case IndexFields.STORED_ISSUED -> issued == null ? Status.YES : Status.NO;
            case IndexFields.STORED_SESSION -> session == null ? Status.YES : Status.NO;
            case IndexFields.STORED_TEXT -> withText && text == null ? Status.YES : Status.NO;
            default -> Status.NO;
        };
    }

    @Override
    public void stringField(FieldInfo field, String value) {
        switch (field.name) {
            case IndexFields.ID -> id = value;
            case IndexFields.STORED_NUMBER -> number = value;
            case IndexFields.STORED_TYPE -> type = value;
            case IndexFields.STORED_TITLE -> title = value;
            case IndexFields.STORED_ISSUER -> issuer = value;
            case IndexFields.STORED_ISSUED -> issued = value;
            case IndexFields.STORED_SESSION -> session = value;
            case IndexFields.STORED_TEXT -> text = value;
            default -> {
            }
        }
    }
}
