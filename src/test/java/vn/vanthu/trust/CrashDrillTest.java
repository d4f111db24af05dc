package vn.vanthu.trust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A short crash drill (scripts/crash-test runs the long one): SIGKILL a real ingest process, lose nothing. */
class CrashDrillTest {
    @TempDir
    Path work;

    @Test
    void killingTheIngestLosesNoCommittedDocumentAndLeavesARepairableArchive() throws Exception {
        int docs = 36;
        CrashDrill.Result r = CrashDrill.run(work, docs, 3, 20261127L, System.getProperty("java.class.path"), line -> { });
        assertEquals(3, r.kills());
        assertTrue(r.killedMidIngest() >= 1, "at least one kill landed while documents were being added: " + r);
        assertEquals(0, r.corruptIndexes(), r.toString());
        assertEquals(0, r.documentsLost(), r.toString());
        assertEquals(0, r.inconsistentAfterRepair(), r.toString());
        assertEquals(docs, r.finalDocuments(), r.toString());
        assertEquals(docs, r.finalSearchable(), r.toString());
        assertTrue(r.finalConsistent(), r.toString());
    }
}
