package vn.vanthu.catalog;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BlobStoreTest {
    @TempDir
    Path dir;

    @Test
    void storesBytesUnderTheirSha256AndIsIdempotent() throws Exception {
        BlobStore store = new BlobStore(dir);
        byte[] bytes = "Kế hoạch số 40/KH-HĐND".getBytes(StandardCharsets.UTF_8);
        String sha = store.put(bytes);
        assertEquals(BlobStore.sha256(bytes), sha);
        assertEquals(sha, store.put(bytes));
        assertTrue(store.contains(sha));
        assertArrayEquals(bytes, Files.readAllBytes(store.path(sha)));
        assertTrue(store.path(sha).startsWith(dir.resolve(sha.substring(0, 2)).resolve(sha.substring(2, 4))));
        try (var files = Files.walk(dir)) {
            assertEquals(1, files.filter(Files::isRegularFile).count(), "no temporary file left behind");
        }
    }

    @Test
    void knownDigest() {
        assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", BlobStore.sha256(new byte[0]));
    }

    @Test
    void refusesAnythingButAHexDigestAsAName() {
        BlobStore store = new BlobStore(dir);
        assertThrows(IllegalArgumentException.class, () -> store.path("../../etc/passwd"));
        assertFalse(store.contains("../x"));
        assertFalse(store.contains("ab".repeat(32)));
    }
}
