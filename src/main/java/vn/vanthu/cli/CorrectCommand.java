package vn.vanthu.cli;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.vanthu.Archive;
import vn.vanthu.access.Caller;
import vn.vanthu.access.Role;
import vn.vanthu.correction.InvalidCorrectionException;
import vn.vanthu.document.ArchivedDocument;
import vn.vanthu.document.FieldCorrection;
import vn.vanthu.document.MetadataField;

@Command(name = "correct", mixinStandardHelpOptions = true,
        description = "Correct one metadata field of a document (the value read from the text is kept; --clear returns "
                + "to it). The search index, cross-references and sessions follow. Fields: number, type, issuer, "
                + "parentIssuer, issued, place, title, sessionNumber, sessionKind, sessionTerm, signer.")
final class CorrectCommand implements Callable<Integer> {
    @Mixin
    DataOptions data;

    @Parameters(paramLabel = "ID", description = "the document's id")
    long id;

    @Option(names = "--field", required = true, paramLabel = "F", description = "the field to correct, e.g. number or issued")
    String field;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Value value;

    static final class Value {
        @Option(names = "--value", paramLabel = "V", description = "the correct value, e.g. 40/KH-HĐND or \"ngày 14 tháng 11 năm 2016\"")
        String text;

        @Option(names = "--clear", description = "remove the field's correction: the value read from the text applies again")
        boolean clear;
    }

    @Option(names = "--by", paramLabel = "NAME", description = "who corrects (default: the system user name)")
    String by;

    @Option(names = "--note", paramLabel = "TEXT", description = "why, for the record")
    String note;

    @Override
    public Integer call() {
        String who = by == null || by.isBlank() ? System.getProperty("user.name", "dòng lệnh") : by.strip();
        try (Archive archive = data.openExisting()) {
            // Whoever can open the data directory holds every right over it.
            Optional<ArchivedDocument> d = archive.correct(id, Map.of(field, value.clear ? Optional.empty() : Optional.of(value.text)),
                    new Caller(Role.ADMIN, who), Optional.ofNullable(note).map(String::strip).filter(n -> !n.isEmpty()));
            if (d.isEmpty()) {
                System.err.println("vanthu: no document with id " + id);
                return 2;
            }
            MetadataField f = MetadataField.byApiName(field).orElseThrow();
            Optional<FieldCorrection> c = d.get().correction(f);
            if (c.isPresent()) {
                System.out.println("[" + id + "] " + f.apiName() + ": " + c.get().value() + "  (read from the text: "
                        + c.get().extracted().orElse("nothing") + "; corrected by " + c.get().by() + ")");
            } else {
                System.out.println("[" + id + "] " + f.apiName() + ": no correction; the value read from the text applies");
            }
            return 0;
        } catch (InvalidCorrectionException e) {
            System.err.println("vanthu: " + e.getMessage());
            return 2;
        }
    }
}
