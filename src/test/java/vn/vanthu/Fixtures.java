package vn.vanthu;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import vn.vanthu.document.Citation;
import vn.vanthu.document.DocumentMetadata;
import vn.vanthu.document.DocumentNumber;
import vn.vanthu.document.DocumentType;
import vn.vanthu.document.SessionRef;

/** Small builders of domain values for tests. */
public final class Fixtures {
    private Fixtures() {
    }

    public static DocumentNumber number(String spelling) {
        return DocumentNumber.parse(spelling).orElseThrow(() -> new AssertionError("not a number: " + spelling));
    }

    public static DocumentMetadata metadata(String number, String typeCode, String typeName, String issued,
                                            String issuer, String title, List<Citation> citations) {
        return new DocumentMetadata(Optional.ofNullable(number).map(Fixtures::number),
                Optional.ofNullable(typeCode).map(c -> new DocumentType(c, typeName)),
                Optional.ofNullable(issued).map(LocalDate::parse), Optional.of("Khoa"), Optional.ofNullable(issuer),
                Optional.empty(), Optional.ofNullable(title), Optional.of(new SessionRef(3, Optional.of(11), SessionRef.REGULAR)),
                Optional.of("Lê Minh Nhựt"), citations);
    }

    public static Citation citation(String relation, String number, String date, String sentence, int start) {
        return new Citation(relation, Optional.of("Kế hoạch"), Optional.of(number(number)), Optional.empty(),
                Optional.ofNullable(date).map(LocalDate::parse), Optional.empty(), start, start + number.length(), sentence);
    }
}
