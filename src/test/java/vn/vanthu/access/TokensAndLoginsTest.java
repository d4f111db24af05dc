package vn.vanthu.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.vanthu.catalog.AuditEntry;
import vn.vanthu.catalog.AuditFilter;
import vn.vanthu.catalog.AuditStore;
import vn.vanthu.catalog.Catalog;
import vn.vanthu.catalog.LoginSessions;
import vn.vanthu.catalog.StaffTokenStore;
import vn.vanthu.catalog.TokenRecord;

/** Token lifecycle, roles, environment tokens, login sessions and their expiry, the audit log, the V6 migration. */
class TokensAndLoginsTest {
    @TempDir
    Path dir;
    private Catalog catalog;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-27T01:00:00Z"));

    @BeforeEach
    void open() {
        catalog = Catalog.open(dir.resolve("catalog.db"));
    }

    @AfterEach
    void close() {
        catalog.close();
    }

    private StaffTokens tokens(String staffEnv, String adminEnv) {
        return new StaffTokens(new StaffTokenStore(catalog), staffEnv, adminEnv, clock);
    }

    @Test
    void aTokenWorksUntilItIsRevoked() {
        StaffTokens tokens = tokens(null, null);
        IssuedToken lan = tokens.create(Role.STAFF, "Nguyễn Thị Lan");
        IssuedToken boss = tokens.create(Role.ADMIN, "Trần Văn Quản");
        assertTrue(lan.token().matches("[A-Za-z0-9_-]{43}"), "32 random bytes, URL-safe");
        assertNotEquals(lan.token(), boss.token());
        assertFalse(lan.toString().contains(lan.token()), "the secret never appears in logs");

        assertEquals(new Caller(Role.STAFF, "Nguyễn Thị Lan"), tokens.callerOf(lan.token()));
        assertEquals(new Caller(Role.ADMIN, "Trần Văn Quản"), tokens.callerOf(" " + boss.token() + "\n"));
        assertEquals(Caller.ANONYMOUS, tokens.callerOf("x" + lan.token()));
        assertEquals(Caller.ANONYMOUS, tokens.callerOf(""));
        assertTrue(tokens.all().get(0).lastUsedAt().isPresent(), "use is noted");

        TokenRecord revoked = tokens.revoke("Nguyễn Thị Lan");
        assertEquals(lan.id(), revoked.id());
        assertTrue(revoked.revoked());
        assertEquals(Caller.ANONYMOUS, tokens.callerOf(lan.token()));
        assertEquals(Role.ADMIN, tokens.roleOf(boss.token()));
        assertThrows(IllegalArgumentException.class, () -> tokens.revoke(String.valueOf(lan.id())), "already revoked");
        assertThrows(IllegalArgumentException.class, () -> tokens.revoke("không có"));

        // The label is free again once its token is revoked; revoking by id works too.
        IssuedToken again = tokens.create(Role.STAFF, "Nguyễn Thị Lan");
        tokens.revoke(String.valueOf(again.id()));
        assertEquals(Caller.ANONYMOUS, tokens.callerOf(again.token()));
    }

    @Test
    void labelsAndRolesAreChecked() {
        StaffTokens tokens = tokens(null, null);
        tokens.create(Role.STAFF, "văn thư");
        assertThrows(IllegalArgumentException.class, () -> tokens.create(Role.ADMIN, "văn thư"), "label in use");
        assertThrows(IllegalArgumentException.class, () -> tokens.create(Role.STAFF, " "));
        assertThrows(IllegalArgumentException.class, () -> tokens.create(Role.STAFF, "42"), "numbers name ids");
        assertThrows(IllegalArgumentException.class, () -> tokens.create(Role.STAFF, "a\nb"));
        assertThrows(IllegalArgumentException.class, () -> tokens.create(Role.ANONYMOUS, "khách"));
        assertEquals(Optional.of(Role.ADMIN), Role.ofToken("Admin"));
        assertEquals(Optional.empty(), Role.ofToken("anonymous"));
    }

    @Test
    void environmentTokensGiveTheirRoles() {
        StaffTokens tokens = tokens("staff-from-env", "admin-from-env");
        assertEquals(new Caller(Role.STAFF, "VANTHU_STAFF_TOKEN"), tokens.callerOf("staff-from-env"));
        assertEquals(new Caller(Role.ADMIN, "VANTHU_ADMIN_TOKEN"), tokens.callerOf("admin-from-env"));
        assertEquals(Caller.ANONYMOUS, tokens.callerOf("admin-from-en"));
        assertEquals(Caller.ANONYMOUS, tokens(" ", null).callerOf(" "));
    }

    @Test
    void loginSessionsExpireWhenIdleOrOldAndEndWithTheirToken() {
        StaffTokens tokens = tokens(null, null);
        Logins logins = new Logins(new LoginSessions(catalog), tokens, clock);
        IssuedToken lan = tokens.create(Role.STAFF, "Lan");
        assertTrue(logins.login("sai").isEmpty());

        NewLogin login = logins.login(lan.token()).orElseThrow();
        assertTrue(login.sessionId().matches("[A-Za-z0-9_-]{43}"));
        assertFalse(login.toString().contains(login.sessionId()));
        assertEquals("Lan", logins.session(login.sessionId()).orElseThrow().caller().name());
        assertEquals(login.session().csrfToken(), logins.session(login.sessionId()).orElseThrow().csrfToken());
        assertTrue(logins.session("garbage").isEmpty());
        assertTrue(logins.session(login.sessionId().substring(1) + "A").isEmpty());

        // Used every 7 hours it lives on, but never past 7 days.
        for (int i = 0; i < 23; i++) {
            clock.advance(Duration.ofHours(7));
            assertTrue(logins.session(login.sessionId()).isPresent(), "after " + (i + 1) * 7 + " h");
        }
        clock.advance(Duration.ofHours(7)); // 168 h
        assertTrue(logins.session(login.sessionId()).isEmpty(), "7 days at most");

        NewLogin idle = logins.login(lan.token()).orElseThrow();
        clock.advance(Logins.IDLE);
        assertTrue(logins.session(idle.sessionId()).isEmpty(), "8 h idle");

        NewLogin ended = logins.login(lan.token()).orElseThrow();
        logins.logout(ended.sessionId());
        assertTrue(logins.session(ended.sessionId()).isEmpty());

        NewLogin revoked = logins.login(lan.token()).orElseThrow();
        tokens.revoke("Lan");
        assertTrue(logins.session(revoked.sessionId()).isEmpty(), "revoking the token ends its logins");
    }

    @Test
    void sessionsSurviveAReopenedCatalog() {
        IssuedToken lan = tokens(null, null).create(Role.ADMIN, "Lan");
        NewLogin login = new Logins(new LoginSessions(catalog), tokens(null, null), clock).login(lan.token()).orElseThrow();
        catalog.close();
        catalog = Catalog.open(dir.resolve("catalog.db"));
        Logins reopened = new Logins(new LoginSessions(catalog), tokens(null, null), clock);
        assertEquals(Role.ADMIN, reopened.session(login.sessionId()).orElseThrow().caller().role());
    }

    @Test
    void theAuditLogFiltersByPeriodAndActor() {
        AuditLog log = new AuditLog(new AuditStore(catalog), clock);
        Caller lan = new Caller(Role.STAFF, "Lan");
        log.record(lan, "upload", 7L, "a.docx: added");
        clock.advance(Duration.ofDays(1));
        log.record(Caller.commandLine(), "token.create", null, "token 1");
        clock.advance(Duration.ofMillis(1));
        log.record(lan, "session.correct", null, "x".repeat(5000));

        var all = log.find(new AuditFilter(Optional.empty(), Optional.empty(), Optional.empty(), 0, 10));
        assertEquals(3, all.total());
        assertEquals("session.correct", all.entries().get(0).action(), "newest first");
        assertTrue(all.entries().get(0).detail().length() < 2100, "details are bounded");
        AuditEntry upload = all.entries().get(2);
        assertEquals(Optional.of(7L), upload.documentId());
        assertEquals("staff", upload.role());
        assertEquals(Optional.empty(), all.entries().get(1).documentId());

        assertEquals(2, log.find(new AuditFilter(Optional.empty(), Optional.empty(), Optional.of("Lan"), 0, 10)).total());
        // 2026-11-27T01:00Z is 08:00 on the 27th in Vietnam; the next entries are on the 28th.
        Instant day27 = AuditLog.bound("2026-11-27", false);
        Instant end27 = AuditLog.bound("2026-11-27", true);
        assertEquals(Instant.parse("2026-11-26T17:00:00Z"), day27);
        assertEquals(1, log.find(new AuditFilter(Optional.of(day27), Optional.of(end27), Optional.empty(), 0, 10)).total());
        var page2 = log.find(new AuditFilter(Optional.empty(), Optional.empty(), Optional.empty(), 2, 2));
        assertEquals(3, page2.total());
        assertEquals(1, page2.entries().size());
        assertThrows(IllegalArgumentException.class, () -> AuditLog.bound("27/11/2026", false));
    }

    @Test
    void tokensOfTheOldSchemaBecomeStaffTokens() throws Exception {
        catalog.close();
        Path old = dir.resolve("old.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + old); Statement s = c.createStatement()) {
            for (String script : new String[] {"V1__documents.sql", "V2__ingestion.sql"}) {
                try (InputStream in = Catalog.class.getResourceAsStream(script)) {
                    for (String stmt : new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("(?m)^--.*$", "").split(";")) {
                        if (!stmt.isBlank()) {
                            s.execute(stmt);
                        }
                    }
                }
            }
            s.execute("PRAGMA user_version = 2");
            s.execute("INSERT INTO staff_tokens (token_sha256, label, created_at) VALUES ('"
                    + Secrets.sha256("old-token") + "', 'văn thư cũ', '2025-01-01T00:00:00Z')");
            s.execute("INSERT INTO staff_tokens (token_sha256, label, created_at) VALUES ('"
                    + Secrets.sha256("unnamed") + "', '', '2025-01-02T00:00:00Z')");
        }
        catalog = Catalog.open(old);
        StaffTokens tokens = tokens(null, null);
        assertEquals(new Caller(Role.STAFF, "văn thư cũ"), tokens.callerOf("old-token"));
        assertEquals(Role.STAFF, tokens.roleOf("unnamed"));
        String unnamedLabel = tokens.callerOf("unnamed").name();
        assertTrue(unnamedLabel.startsWith("token "), unnamedLabel);
        tokens.revoke(unnamedLabel);
        assertEquals(Caller.ANONYMOUS, tokens.callerOf("unnamed"));
    }
}
