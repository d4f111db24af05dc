package vn.vanthu.catalog;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import vn.vanthu.document.DocumentMetadata;
import vn.vanthu.document.SignatureBlock;
import vn.vanthu.document.TermYears;

/**
 * The documents table's header-field columns (migration V5), in this order: security, urgency,
 * recipients, distribution, signature_authorities, signature_position, term_from, term_to.
 * Lists are stored one item a line.
 */
final class HeaderColumns {

    private HeaderColumns() {
    }

    /** Sets the eight parameters from index {@code i}; returns the next index. */
    static int write(PreparedStatement ps, int i, DocumentMetadata m) throws SQLException {
        ps.setString(i++, m.security().orElse(null));
        ps.setString(i++, m.urgency().orElse(null));
        ps.setString(i++, lines(m.recipients()));
        ps.setString(i++, lines(m.distribution()));
        ps.setString(i++, lines(m.signature().map(s -> s.authorities().stream()
                .map(SignatureBlock.Authority::label).toList()).orElse(List.of())));
        ps.setString(i++, m.signature().flatMap(SignatureBlock::position).orElse(null));
        setInt(ps, i++, m.termYears().map(TermYears::from));
        setInt(ps, i++, m.termYears().map(TermYears::to));
        return i;
    }

    /** The metadata with the header fields read from a row's columns starting at {@code at}. */
    static DocumentMetadata read(DocumentMetadata base, Object[] row, int at) {
        List<SignatureBlock.Authority> authorities = new ArrayList<>();
        for (String line : items(row[at + 4])) {
            int space = line.indexOf(' ');
            authorities.add(space < 0 ? new SignatureBlock.Authority(line, "")
                    : new SignatureBlock.Authority(line.substring(0, space), line.substring(space + 1)));
        }
        Optional<String> position = text(row[at + 5]);
        // A block is an authority or position line; a bare name is only the signer (as the parser reads it).
        Optional<SignatureBlock> block = authorities.isEmpty() && position.isEmpty() ? Optional.empty()
                : Optional.of(new SignatureBlock(authorities, position, base.signer()));
        Optional<Integer> from = integer(row[at + 6]);
        Optional<Integer> to = integer(row[at + 7]);
        Optional<TermYears> term = from.isPresent() && to.isPresent() && to.get() > from.get()
                ? Optional.of(new TermYears(from.get(), to.get())) : Optional.empty();
        return new DocumentMetadata(base.number(), base.type(), base.issued(), base.place(), base.issuer(),
                base.parentIssuer(), base.title(), base.session(), base.signer(), base.citations(),
                text(row[at]), text(row[at + 1]), items(row[at + 2]), items(row[at + 3]),
                block, term);
    }

    private static String lines(List<String> items) {
        return String.join("\n", items);
    }

    private static List<String> items(Object column) {
        String s = (String) column;
        return s == null || s.isEmpty() ? List.of() : List.of(s.split("\n"));
    }

    private static Optional<String> text(Object column) {
        return Optional.ofNullable((String) column);
    }

    private static Optional<Integer> integer(Object column) {
        return Optional.ofNullable((Number) column).map(Number::intValue);
    }

    private static void setInt(PreparedStatement ps, int i, Optional<Integer> v) throws SQLException {
        if (v.isPresent()) {
            ps.setInt(i, v.get());
        } else {
            ps.setNull(i, Types.INTEGER);
        }
    }
}
