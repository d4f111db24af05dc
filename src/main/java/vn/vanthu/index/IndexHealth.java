package vn.vanthu.index;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.NoLockFactory;

/**
 * Lucene's CheckIndex over the last commit of an index folder. It reads without taking the write
 * lock, so it may run while this process holds the index open (the commit it reads is immutable).
 */
public final class IndexHealth {
    private IndexHealth() {
    }

    /** The outcome: clean or not, the number of documents in the last commit, and Lucene's words when broken. */
    public record Result(boolean clean, long documents, String details) {
    }

    public static Result check(Path indexDir) {
        if (!Files.isDirectory(indexDir)) {
            return new Result(false, 0, "no index folder " + indexDir);
        }
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        try (Directory dir = FSDirectory.open(indexDir, NoLockFactory.INSTANCE)) {
            if (!DirectoryReader.indexExists(dir)) {
                // Nothing committed yet (a first ingest stopped before its first commit): empty, not broken.
                return new Result(true, 0, "");
            }
            return check(dir, log);
        } catch (IOException | RuntimeException e) {
            return new Result(false, 0, "the index cannot be read: " + e);
        }
    }

    private static Result check(Directory dir, ByteArrayOutputStream log) {
        try (CheckIndex checker = new CheckIndex(dir, NoLockFactory.INSTANCE.obtainLock(dir, "write.lock"))) {
            checker.setInfoStream(new PrintStream(log, true, StandardCharsets.UTF_8));
            CheckIndex.Status status = checker.checkIndex();
            long docs = status.segmentInfos.stream().mapToLong(s -> s.maxDoc - (s.liveDocStatus == null ? 0 : s.liveDocStatus.numDeleted)).sum();
            return new Result(status.clean, docs, status.clean ? "" : lastLines(log.toString(StandardCharsets.UTF_8)));
        } catch (IOException | RuntimeException e) {
            return new Result(false, 0, "the index cannot be read: " + e);
        }
    }

    private static String lastLines(String log) {
        String[] lines = log.strip().split("\n");
        StringBuilder out = new StringBuilder();
        for (int i = Math.max(0, lines.length - 5); i < lines.length; i++) {
            out.append(lines[i].strip()).append('\n');
        }
        return out.toString().strip();
    }
}
