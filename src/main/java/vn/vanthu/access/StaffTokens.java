package vn.vanthu.access;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import vn.vanthu.catalog.StaffTokenStore;
import vn.vanthu.catalog.TokenRecord;

/**
 * Who a bearer token is: a token whose SHA-256 is in the catalog (with its role, unless revoked),
 * or the token in {@code VANTHU_ADMIN_TOKEN} or {@code VANTHU_STAFF_TOKEN}. The one place this
 * decision is made, so a real account system can replace it. Tokens are issued and revoked here.
 */
public final class StaffTokens {
    static final String STAFF_ENV = "VANTHU_STAFF_TOKEN";
    static final String ADMIN_ENV = "VANTHU_ADMIN_TOKEN";
    private static final int MAX_LABEL = 100;
    /** A token's last use is written at most this often: a busy client should not write on every request. */
    private static final Duration USE_RESOLUTION = Duration.ofMinutes(1);

    private final StaffTokenStore store;
    private final Optional<String> staffEnvHash;
    private final Optional<String> adminEnvHash;
    private final Clock clock;
    private final Map<Long, Instant> lastNotedUse = new ConcurrentHashMap<>();

    public StaffTokens(StaffTokenStore store, String staffEnvironmentToken) {
        this(store, staffEnvironmentToken, null, Clock.systemUTC());
    }

    public StaffTokens(StaffTokenStore store, String staffEnvironmentToken, String adminEnvironmentToken, Clock clock) {
        this.store = store;
        this.staffEnvHash = envHash(staffEnvironmentToken);
        this.adminEnvHash = envHash(adminEnvironmentToken);
        this.clock = clock;
    }

    private static Optional<String> envHash(String token) {
        return Optional.ofNullable(token).map(String::strip).filter(t -> !t.isEmpty()).map(Secrets::sha256);
    }

    /** The role a bearer token gives: its role for a known, unrevoked token, anonymous otherwise. */
    public Role roleOf(String token) {
        return callerOf(token).role();
    }

    /** Who a bearer token is: named by the token's label, or an anonymous visitor. */
    public Caller callerOf(String token) {
        if (token == null || token.isBlank()) {
            return Caller.ANONYMOUS;
        }
        return callerOfHash(hashOf(token));
    }

    /** Who the token with this SHA-256 is; login sessions keep only this hash and ask again on each request. */
    Caller callerOfHash(String tokenSha256) {
        if (adminEnvHash.isPresent() && Secrets.same(adminEnvHash.get(), tokenSha256)) {
            return new Caller(Role.ADMIN, ADMIN_ENV);
        }
        if (staffEnvHash.isPresent() && Secrets.same(staffEnvHash.get(), tokenSha256)) {
            return new Caller(Role.STAFF, STAFF_ENV);
        }
        return store.active(tokenSha256).map(t -> {
            noteUse(t.id());
            return new Caller(Role.ofToken(t.role()).orElse(Role.STAFF), t.label());
        }).orElse(Caller.ANONYMOUS);
    }

    static String hashOf(String token) {
        return Secrets.sha256(token.strip());
    }

    private void noteUse(long id) {
        Instant now = clock.instant();
        Instant last = lastNotedUse.get(id);
        if (last == null || Duration.between(last, now).compareTo(USE_RESOLUTION) >= 0) {
            lastNotedUse.put(id, now);
            store.touch(id, now);
        }
    }

    /** Remembers a token chosen by the caller as a staff token (only its hash is kept); tests and set-up scripts. */
    public void add(String token, String label) {
        if (token == null || token.isBlank()) {
            throw new IllegalArgumentException("a token must not be empty");
        }
        store.add(hashOf(token), Role.STAFF.key(), checkedLabel(label), clock.instant());
    }

    /**
     * Issues a new random token (32 bytes, URL-safe). Its label names the holder in the audit log
     * and must not be the label of another token in use.
     *
     * @throws IllegalArgumentException for a role that is not staff or admin, or a bad or taken label
     */
    public IssuedToken create(Role role, String label) {
        if (role != Role.STAFF && role != Role.ADMIN) {
            throw new IllegalArgumentException("a token's role is staff or admin");
        }
        String name = checkedLabel(label);
        if (store.all().stream().anyMatch(t -> !t.revoked() && t.label().equals(name))) {
            throw new IllegalArgumentException("a token labelled '" + name + "' is in use: choose another label or revoke it first");
        }
        String token = Secrets.random();
        long id = store.add(hashOf(token), role.key(), name, clock.instant());
        return new IssuedToken(id, role, name, token);
    }

    private static String checkedLabel(String label) {
        String name = label == null ? "" : label.strip();
        if (name.isEmpty()) {
            throw new IllegalArgumentException("a token needs a label naming its holder (--label NAME)");
        }
        if (name.length() > MAX_LABEL || name.codePoints().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("a label is at most " + MAX_LABEL + " characters, without control characters");
        }
        if (name.chars().allMatch(Character::isDigit)) {
            throw new IllegalArgumentException("a label must not be a number: numbers name tokens by id");
        }
        return name;
    }

    /** Every token issued, revoked ones included, oldest first. */
    public List<TokenRecord> all() {
        return store.all();
    }

    /**
     * Revokes a token named by its id or its label; it stops working at once, in every process.
     *
     * @throws IllegalArgumentException when no token, or several, answer to the name, or it is already revoked
     */
    public TokenRecord revoke(String idOrLabel) {
        String key = idOrLabel == null ? "" : idOrLabel.strip();
        List<TokenRecord> all = store.all();
        List<TokenRecord> named = new ArrayList<>();
        for (TokenRecord t : all) {
            if (key.equals(String.valueOf(t.id())) || (!t.revoked() && t.label().equals(key))) {
                named.add(t);
            }
        }
        if (named.isEmpty()) {
            throw new IllegalArgumentException("no token in use has the id or label '" + key + "' (see `vanthu token list`)");
        }
        if (named.size() > 1) {
            throw new IllegalArgumentException("several tokens are labelled '" + key + "' (ids "
                    + named.stream().map(t -> String.valueOf(t.id())).toList() + "): revoke one by its id");
        }
        TokenRecord t = named.get(0);
        if (t.revoked() || !store.revoke(t.id(), clock.instant())) {
            throw new IllegalArgumentException("token " + t.id() + " (" + t.label() + ") is already revoked");
        }
        lastNotedUse.remove(t.id());
        return store.all().stream().filter(r -> r.id() == t.id()).findFirst().orElseThrow();
    }
}
