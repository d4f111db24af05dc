package vn.vanthu.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.vanthu.Archive;
import vn.vanthu.access.Caller;
import vn.vanthu.access.Role;
import vn.vanthu.config.IndexConfig;

/** `vanthu token create|list|revoke` and `vanthu audit`, run while an archive (and its index) is open. */
class TokenAndAuditCommandsTest {
    @TempDir
    Path dir;


    @Test
    void tokensAreCreatedListedAndRevokedWhileTheArchiveIsOpen() {
        String data = "--data=" + dir;
        try (Archive serving = Archive.open(dir, IndexConfig.bundled())) {
            CliRun created = CliRun.of("token", "create", data, "--role", "staff", "--label", "Nguyễn Thị Lan");
            assertEquals(0, created.code(), created.err());
            String token = created.out().strip();
            assertTrue(token.matches("[A-Za-z0-9_-]{43}"), "stdout holds the token alone: " + created.out());
            assertTrue(created.err().contains("shown only now"), created.err());
            assertEquals(new Caller(Role.STAFF, "Nguyễn Thị Lan"), serving.callerOf(token));

            CliRun admin = CliRun.of("token", "create", data, "--role", "ADMIN", "--label", "quản trị");
            assertEquals(Role.ADMIN, serving.roleOf(admin.out().strip()));
            assertEquals(1, CliRun.of("token", "create", data, "--role", "staff", "--label", "Nguyễn Thị Lan").code(), "label in use");
            assertEquals(2, CliRun.of("token", "create", data, "--role", "root", "--label", "x").code());
            assertEquals(2, CliRun.of("token", "create", data, "--role", "staff").code(), "--label is required");

            CliRun list = CliRun.of("token", "list", data);
            assertEquals(0, list.code());
            assertTrue(list.out().contains("Nguyễn Thị Lan") && list.out().contains("admin"), list.out());
            assertFalse(list.out().contains(token), "tokens are never listed");
            assertTrue(list.out().contains("2 tokens, 2 in use"), list.out());

            assertEquals(0, CliRun.of("token", "revoke", data, "Nguyễn Thị Lan").code());
            assertEquals(Caller.ANONYMOUS, serving.callerOf(token), "revoked at once in the running archive");
            assertEquals(1, CliRun.of("token", "revoke", data, "Nguyễn Thị Lan").code(), "nothing left to revoke");
            assertTrue(CliRun.of("token", "list", data).out().contains("2 tokens, 1 in use"));

            serving.audit(new Caller(Role.STAFF, "quản trị"), "upload", 3L, "a.docx: added");
            CliRun audit = CliRun.of("audit", data);
            assertEquals(0, audit.code(), audit.err());
            String[] lines = audit.out().strip().split("\n");
            assertTrue(lines[0].contains("quản trị (staff)  upload  #3  a.docx: added"), audit.out());
            assertTrue(audit.out().contains("token.revoke") && audit.out().contains("token.create"), audit.out());
            assertTrue(audit.out().contains("cli:"), audit.out());
            assertTrue(audit.out().strip().endsWith("4 of 4 entries"), audit.out());
            assertTrue(CliRun.of("audit", data, "--actor", "quản trị").out().contains("1 of 1 entries"));
            assertTrue(CliRun.of("audit", data, "--from", "2999-01-01").out().contains("0 of 0 entries"));
            assertEquals(2, CliRun.of("audit", data, "--from", "hôm qua").code());
        }
    }

    @Test
    void aMistypedDataDirectoryIsAnError() {
        CliRun r = CliRun.of("token", "create", "--data=" + dir.resolve("khong-co"), "--role", "staff", "--label", "Lan");
        assertEquals(1, r.code());
        assertTrue(r.err().contains("no archive at"), r.err());
        assertEquals(1, CliRun.of("audit", "--data=" + dir.resolve("khong-co")).code());
    }

    @Test
    void theCommandsHaveHelp() {
        for (String[] c : new String[][] {{"token", "--help"}, {"token", "create", "--help"}, {"audit", "--help"}}) {
            CliRun r = CliRun.of(c);
            assertEquals(0, r.code());
            assertTrue(r.out().contains("Usage: vanthu " + c[0]), r.out());
        }
    }
}
