package vn.vanthu.extract;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The frames between {@link ForkedExtractor} and its {@link ExtractionWorker} processes, over the
 * child's stdin/stdout. Request: file name, bytes. Answer: OK with the extracted text, or FAILED
 * with the reason. Strings are length-prefixed UTF-8 (texts exceed writeUTF's 64 KB).
 */
final class WorkerProtocol {
    static final int READY = 0x52;
    static final int OK = 0x4F;
    static final int FAILED = 0x46;

    private WorkerProtocol() {
    }

    static void writeRequest(DataOutputStream out, String filename, byte[] bytes) throws IOException {
        writeString(out, filename);
        out.writeInt(bytes.length);
        out.write(bytes);
        out.flush();
    }

    static void writeOk(DataOutputStream out, ExtractedText t) throws IOException {
        out.writeByte(OK);
        writeString(out, t.mediaType());
        writeStrings(out, t.warnings());
        out.writeBoolean(t.needsOcr());
        writeStrings(out, t.fonts());
        writeString(out, t.text());
        out.flush();
    }

    static void writeFailed(DataOutputStream out, String reason) throws IOException {
        out.writeByte(FAILED);
        writeString(out, reason);
        out.flush();
    }

    /** Reads one answer: the text, or the worker's reason as an {@link ExtractionException}. */
    static ExtractedText readAnswer(DataInputStream in) throws IOException, ExtractionException {
        int status = in.readUnsignedByte();
        if (status == FAILED) {
            throw new ExtractionException(readString(in));
        }
        if (status != OK) {
            throw new IOException("unexpected answer from the extraction process: " + status);
        }
        String mediaType = readString(in);
        List<String> warnings = readStrings(in);
        boolean needsOcr = in.readBoolean();
        List<String> fonts = readStrings(in);
        String text = readString(in);
        return new ExtractedText(text, mediaType, warnings, needsOcr, fonts);
    }

    static void writeString(DataOutputStream out, String s) throws IOException {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    static String readString(DataInputStream in) throws IOException {
        return new String(in.readNBytes(in.readInt()), StandardCharsets.UTF_8);
    }

    static byte[] readBytes(DataInputStream in) throws IOException {
        int n = in.readInt();
        byte[] b = in.readNBytes(n);
        if (b.length != n) {
            throw new java.io.EOFException("request cut short");
        }
        return b;
    }

    private static void writeStrings(DataOutputStream out, List<String> list) throws IOException {
        out.writeInt(list.size());
        for (String s : list) {
            writeString(out, s);
        }
    }

    private static List<String> readStrings(DataInputStream in) throws IOException {
        int n = in.readInt();
        List<String> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(readString(in));
        }
        return out;
    }
}
