package vn.vanthu.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The text helpers of the comparison: sentences, bigram statistics, sentence diff, title roles. */
class TextAnalysisTest {

    @Test
    void sentencesJoinLinesBrokenMidSentenceAndKeepListMarkers() {
        assertEquals(List.of("Có 25 đại biểu tiếp xúc cử tri, với 34 lượt cử tri đóng góp ý kiến.", "2. Chất vấn: có 9 lượt."),
                PlainText.sentences("Có 25 đại biểu tiếp xúc cử tri, với 34 lượt cử\n\ntri đóng góp ý kiến. 2. Chất vấn: có 9 lượt."));
        assertEquals("dai bieu ", PlainText.fold("Đại biểu "));
    }

    @Test
    void logLikelihoodIsDunningsG2() {
        // 10 of 100 against 0 of 100: expected 5 and 5, G² = 2·10·ln 2.
        assertEquals(2 * 10 * Math.log(2), DistinctiveTerms.logLikelihood(10, 0, 100, 100), 1e-9);
        assertEquals(0, DistinctiveTerms.logLikelihood(5, 5, 100, 100), 1e-9);
    }

    @Test
    void distinctiveAndSharedBigrams() {
        Map<String, Integer> a = DistinctiveTerms.count(List.of(times(10,
                "Đầu tư công trung hạn.", "Tiếp xúc cử tri.", "Kỳ họp thứ hai.")));
        Map<String, Integer> b = DistinctiveTerms.count(List.of(times(10,
                "Dự toán ngân sách.", "Tiếp xúc cử tri.", "Kỳ họp thứ ba.")));
        DistinctiveTerms.Result r = DistinctiveTerms.compare(a, b, 10);
        List<String> onlyA = r.onlyA().stream().map(Term::phrase).toList();
        List<String> onlyB = r.onlyB().stream().map(Term::phrase).toList();
        assertTrue(onlyA.contains("trung hạn") && onlyB.contains("ngân sách"), onlyA + " / " + onlyB);
        assertTrue(r.shared().stream().map(Term::phrase).toList().containsAll(List.of("tiếp xúc", "cử tri", "kỳ họp")));
        assertTrue(!onlyA.contains("thứ hai") && !onlyB.contains("thứ ba"), "a session's own name is no finding");
    }

    private static List<String> times(int n, String... sentences) {
        List<String> out = new java.util.ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.addAll(List.of(sentences));
        }
        return out;
    }

    @Test
    void sentenceDiffAnchorsOnIdenticalSentencesAndPairsSimilarOnes() {
        List<DiffRow> d = SentenceDiff.diff(
                List.of("Mở đầu.", "Kỳ họp thứ hai được tổ chức trong hai ngày 21 và 22/7/2016.", "Chỉ ở A.", "Kết thúc."),
                List.of("Mở đầu.", "Kỳ họp thứ ba được tổ chức trong hai ngày 19 và 20/12/2016.", "Kết thúc.", "Chỉ ở B, rất khác."));
        assertEquals(List.of(DiffRow.SAME, DiffRow.CHANGED, DiffRow.REMOVED, DiffRow.SAME, DiffRow.ADDED),
                d.stream().map(DiffRow::kind).toList());
        assertEquals("Chỉ ở A.", d.get(2).left());
        assertEquals("", d.get(2).right());
    }

    @Test
    void titlesOfTheSameRoleMatchWhateverTheSessionAndSpelling() {
        double lessons = DocumentPairing.titleSimilarity(
                "Rút kinh nghiệm công tác chuẩn bị, tổ chức, điều hành kỳ họp thứ hai HĐND huyện khóa XI",
                "Rút kinh nghiệm công tác chuẩn bị, tổ chức, điều hành kỳ họp thứ ba, Hội đồng nhân dân huyện Khoa XI");
        assertTrue(lessons > 0.9, "" + lessons);
        assertTrue(DocumentPairing.titleSimilarity("Về kế hoạch đầu tư công trung hạn giai đoạn 2016 – 2020",
                "Về dự toán thu, chi ngân sách nhà nước năm 2017") < DocumentPairing.SIMILAR);
    }
}
