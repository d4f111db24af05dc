package vn.vanthu.extract;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/**
 * Whether scans are OCRed, and in which Tesseract language. OCR runs only when the
 * {@code tesseract} command and its language model are installed; otherwise scans are kept and
 * flagged "needs OCR".
 */
public record OcrSettings(boolean enabled, String language) {
    public static final String VIETNAMESE = "vie";

    public static OcrSettings disabled() {
        return new OcrSettings(false, VIETNAMESE);
    }

    /** Vietnamese OCR if this machine has Tesseract with the {@code vie} model. */
    public static OcrSettings detect() {
        return new OcrSettings(tesseractHas(VIETNAMESE), VIETNAMESE);
    }

    /** True when {@code tesseract --list-langs} runs and lists the language. */
    public static boolean tesseractHas(String language) {
        try {
            Process p = new ProcessBuilder("tesseract", "--list-langs").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(10, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return false;
            }
            return p.exitValue() == 0 && out.lines().anyMatch(l -> l.strip().equals(language));
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
