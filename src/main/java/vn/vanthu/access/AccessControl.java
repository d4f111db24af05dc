package vn.vanthu.access;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import vn.vanthu.catalog.AuditStore;
import vn.vanthu.catalog.Catalog;
import vn.vanthu.catalog.LoginSessions;
import vn.vanthu.catalog.StaffTokenStore;
import vn.vanthu.catalog.TokenRecord;

/**
 * Tokens, page logins and the audit log over one catalog. The archive holds one; the token and
 * audit commands open one on the catalog alone, so they work while a server holds the index.
 */
public final class AccessControl implements AutoCloseable {
    private final Optional<Catalog> owned;
    private final StaffTokens tokens;
    private final Logins logins;
    private final AuditLog audit;

    private AccessControl(Catalog catalog, boolean owns, Clock clock) {
        this.owned = owns ? Optional.of(catalog) : Optional.empty();
        this.tokens = new StaffTokens(new StaffTokenStore(catalog), System.getenv(StaffTokens.STAFF_ENV),
                System.getenv(StaffTokens.ADMIN_ENV), clock);
        this.logins = new Logins(new LoginSessions(catalog), tokens, clock);
        this.audit = new AuditLog(new AuditStore(catalog), clock);
    }

    /** Over a catalog someone else opened and closes. */
    public static AccessControl over(Catalog catalog) {
        return new AccessControl(catalog, false, Clock.systemUTC());
    }

    /** Opens the catalog file on its own; closing this closes it. */
    public static AccessControl open(Path catalogFile) {
        return new AccessControl(Catalog.open(catalogFile), true, Clock.systemUTC());
    }

    public StaffTokens tokens() {
        return tokens;
    }

    public Logins logins() {
        return logins;
    }

    public AuditLog audit() {
        return audit;
    }

    /** Issues a token and records who issued it. */
    public IssuedToken createToken(Role role, String label, Caller operator) {
        IssuedToken t = tokens.create(role, label);
        audit.record(operator, "token.create", null, "token " + t.id() + " '" + t.label() + "' (" + role.key() + ")");
        return t;
    }

    /** Revokes a token by id or label and records who revoked it. */
    public TokenRecord revokeToken(String idOrLabel, Caller operator) {
        TokenRecord t = tokens.revoke(idOrLabel);
        audit.record(operator, "token.revoke", null, "token " + t.id() + " '" + t.label() + "' (" + t.role() + ")");
        return t;
    }

    public List<TokenRecord> allTokens() {
        return tokens.all();
    }

    @Override
    public void close() {
        owned.ifPresent(Catalog::close);
    }
}
