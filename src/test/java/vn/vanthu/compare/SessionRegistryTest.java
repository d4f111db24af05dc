package vn.vanthu.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.vanthu.catalog.Catalog;
import vn.vanthu.catalog.NewDocument;
import vn.vanthu.catalog.SessionAssignment;
import vn.vanthu.catalog.SessionRecord;
import vn.vanthu.catalog.SessionStore;
import vn.vanthu.document.DocumentMetadata;
import vn.vanthu.document.DocumentType;
import vn.vanthu.document.SessionRef;

/** Sessions and assignments on a small catalog whose documents do not all name their session. */
class SessionRegistryTest {
    private static final SessionRef FIFTH = new SessionRef(5, Optional.of(11), SessionRef.REGULAR);

    @TempDir
    Path dir;

    private static long add(Catalog catalog, String code, String name, String issued, Optional<SessionRef> session, String text) {
        DocumentMetadata m = new DocumentMetadata(Optional.empty(), Optional.of(new DocumentType(code, name)),
                Optional.of(LocalDate.parse(issued)), Optional.of("Khoa"), Optional.of("UBND huyện Khoa"), Optional.empty(),
                Optional.of(name + " " + issued), session, Optional.empty(), List.of());
        String sha = Integer.toHexString((code + issued + text).hashCode());
        return catalog.insert(new NewDocument(sha.repeat(8).substring(0, 64), code + issued + ".txt", "/in/" + code + issued, "text/plain",
                text.length(), text, List.of(), m));
    }

    @Test
    void preparationDocumentsFollowTheirDateAndContentAndStaffChoicesStay() {
        try (Catalog catalog = Catalog.open(dir.resolve("c.db"))) {
            long plan = add(catalog, "KH", "Kế hoạch", "2017-11-06", Optional.of(FIFTH),
                    "Kỳ họp thứ năm HĐND huyện khóa XI được tổ chức trong hai ngày 14 và 15/12/2017 tại Hội trường.");
            long submission = add(catalog, "TTr", "Tờ trình", "2017-12-11", Optional.empty(),
                    "UBND huyện kính trình HĐND huyện xem xét, quyết định dự toán ngân sách năm 2018.");
            long resolution = add(catalog, "NQ", "Nghị quyết", "2017-12-15", Optional.empty(), "Nghị quyết về dự toán ngân sách năm 2018.");
            long early = add(catalog, "KH", "Kế hoạch", "2017-03-01", Optional.empty(), "Kế hoạch chuẩn bị kỳ họp giữa năm.");
            long unrelated = add(catalog, "BC", "Báo cáo", "2017-12-01", Optional.empty(), "Báo cáo tình hình phòng chống lụt bão.");

            SessionStore store = new SessionStore(catalog);
            SessionRegistry registry = new SessionRegistry(store);
            List<SessionRecord> sessions = registry.refresh();
            assertEquals(1, sessions.size());
            SessionRecord fifth = sessions.get(0);
            assertEquals(FIFTH, fifth.ref());
            assertEquals(Optional.of(LocalDate.of(2017, 12, 14)), fifth.opening());
            assertEquals(Optional.of(LocalDate.of(2017, 12, 15)), fifth.closing());

            assertEquals(SessionAssignment.NAMED, store.assignmentOf(plan).orElseThrow().method());
            SessionAssignment byDate = store.assignmentOf(submission).orElseThrow();
            assertEquals(SessionAssignment.DATE_AND_CONTENT, byDate.method());
            assertTrue(byDate.reason().contains("3 ngày trước khai mạc") && byDate.reason().contains("trình HĐND"), byDate.reason());
            assertTrue(store.assignmentOf(resolution).orElseThrow().reason().contains("trong thời gian"));
            assertTrue(store.assignmentOf(early).isEmpty(), "too long before any session");
            assertTrue(store.assignmentOf(unrelated).isEmpty(), "in the window, but not about a session");

            store.assignByStaff(unrelated, fifth.id(), "báo cáo gửi kèm tài liệu kỳ họp");
            registry.refresh();
            assertEquals(SessionAssignment.STAFF, store.assignmentOf(unrelated).orElseThrow().method());
            assertEquals(4, store.assignmentsOf(fifth.id()).size());
        }
    }
}
