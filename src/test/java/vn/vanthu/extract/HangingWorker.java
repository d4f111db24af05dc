package vn.vanthu.extract;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A worker for {@link ForkedExtractorTest}: a file named {@code hang*} hangs its parser forever,
 * {@code crash*} kills the process, {@code oom*} fills the heap until the JVM gives up,
 * {@code sleepMS*} answers the process id after MS milliseconds, {@code pid*} answers the process
 * id at once; other files answer their bytes.
 */
public final class HangingWorker {
    private HangingWorker() {
    }

    public static void main(String[] args) throws IOException {
        ExtractionWorker.serve(System.in, ExtractionWorker.protocolStream(), (bytes, name) -> {
            if (name.startsWith("hang")) {
                while (true) {
                    try {
                        Thread.sleep(60_000);
                    } catch (InterruptedException e) {
                        // A hung parser ignores interruption too.
                    }
                }
            }
            if (name.startsWith("crash")) {
                Runtime.getRuntime().halt(7);
            }
            if (name.startsWith("oom")) {
                List<long[]> hoard = new ArrayList<>();
                while (true) {
                    hoard.add(new long[1 << 20]);
                }
            }
            if (name.startsWith("sleep")) {
                try {
                    Thread.sleep(Long.parseLong(name.substring(5).replaceAll("\\D.*", "")));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            String text = name.startsWith("pid") || name.startsWith("sleep") ? Long.toString(ProcessHandle.current().pid())
                    : new String(bytes, StandardCharsets.UTF_8);
            return new ExtractedText(text, "text/plain", List.of());
        });
    }
}
