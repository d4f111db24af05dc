package vn.vanthu.catalog;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The audit log of writes (migration V6): appended to, never changed. */
public final class AuditStore {
    private final Catalog catalog;

    public AuditStore(Catalog catalog) {
        this.catalog = catalog;
    }

    public void record(Instant at, String actor, String role, String action, Optional<Long> documentId, String detail) {
        catalog.withConnection("write the audit log", c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO audit_log (at, actor, role, action, document_id, detail) VALUES (?,?,?,?,?,?)")) {
                ps.setString(1, Timestamps.format(at));
                ps.setString(2, actor);
                ps.setString(3, role);
                ps.setString(4, action);
                if (documentId.isPresent()) {
                    ps.setLong(5, documentId.get());
                } else {
                    ps.setNull(5, Types.INTEGER);
                }
                ps.setString(6, detail);
                return ps.executeUpdate();
            }
        });
    }

    /** The entries matching the filter, newest first. */
    public AuditPage find(AuditFilter filter) {
        StringBuilder where = new StringBuilder(" WHERE 1=1");
        List<String> args = new ArrayList<>();
        filter.from().ifPresent(f -> {
            where.append(" AND at >= ?");
            args.add(Timestamps.format(f));
        });
        filter.to().ifPresent(t -> {
            where.append(" AND at < ?");
            args.add(Timestamps.format(t));
        });
        filter.actor().ifPresent(a -> {
            where.append(" AND actor = ?");
            args.add(a);
        });
        return catalog.withConnection("read the audit log", c -> {
            int total;
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM audit_log" + where)) {
                bind(ps, args);
                try (ResultSet rs = ps.executeQuery()) {
                    total = rs.next() ? rs.getInt(1) : 0;
                }
            }
            List<AuditEntry> entries = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id, at, actor, role, action, document_id, detail "
                    + "FROM audit_log" + where + " ORDER BY at DESC, id DESC LIMIT ? OFFSET ?")) {
                int i = bind(ps, args);
                ps.setInt(i++, filter.limit());
                ps.setInt(i, filter.offset());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        long doc = rs.getLong(6);
                        Optional<Long> documentId = rs.wasNull() ? Optional.empty() : Optional.of(doc);
                        entries.add(new AuditEntry(rs.getLong(1), Instant.parse(rs.getString(2)), rs.getString(3),
                                rs.getString(4), rs.getString(5), documentId, rs.getString(7)));
                    }
                }
            }
            return new AuditPage(total, entries);
        });
    }

    private static int bind(PreparedStatement ps, List<String> args) throws SQLException {
        int i = 1;
        for (String a : args) {
            ps.setString(i++, a);
        }
        return i;
    }
}
