package vn.vanthu.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class WorkerProtocolTest {
    private static byte[] answers() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        WorkerProtocol.writeOk(out, 7, new ExtractedText("Hội đồng nhân dân tỉnh", "text/plain", List.of("w"), false, List.of(".VnTime")));
        WorkerProtocol.writeFailed(out, 3, "the file is damaged");
        return bytes.toByteArray();
    }

    @Test
    void answersCarryTheirRequestsIds() throws Exception {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(answers()));
        WorkerProtocol.Answer ok = WorkerProtocol.readAnswer(in);
        assertEquals(7, ok.id());
        assertEquals("Hội đồng nhân dân tỉnh", ok.text().text());
        assertEquals(List.of(".VnTime"), ok.text().fonts());
        WorkerProtocol.Answer failed = WorkerProtocol.readAnswer(in);
        assertEquals(3, failed.id());
        assertEquals("the file is damaged", failed.failure());
    }

    @Test
    void anAnswerCutShortIsAnEndNotAShorterText() throws Exception {
        byte[] all = answers();
        // Every cut inside the first answer, as when its process is killed while writing it.
        int firstAnswer = all.length - (4 + 1 + 4 + "the file is damaged".length());
        for (int cut = 1; cut < firstAnswer; cut++) {
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(Arrays.copyOf(all, cut)));
            assertThrows(EOFException.class, () -> WorkerProtocol.readAnswer(in), "cut at " + cut);
        }
    }
}
