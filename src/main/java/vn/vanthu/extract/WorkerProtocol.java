package vn.vanthu.extract;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The frames between {@link ForkedExtractor} and its {@link ExtractionWorker} processes, over the
 * child's stdin/stdout. One child parses several files at once, so every frame carries the
 * request's id and answers come in the order they finish. Request: id, file name, bytes. Answer:
 * id, then OK with the extracted text, or FAILED with the reason. Strings are length-prefixed
 * UTF-8 (texts exceed writeUTF's 64 KB). Each side writes a whole frame at a time.
 */
final class WorkerProtocol {
    static final int READY = 0x52;
    static final int OK = 0x4F;
    static final int FAILED = 0x46;
    /** The JVM property that tells a worker how many files it may parse at once. */
    static final String PARSERS = "vanthu.extraction.parsers";

    private WorkerProtocol() {
    }

    /** One answer: the text, or the worker's reason the file failed. */
    record Answer(int id, ExtractedText text, String failure) {
    }

    static void writeRequest(DataOutputStream out, int id, String filename, byte[] bytes) throws IOException {
        out.writeInt(id);
        writeString(out, filename);
        out.writeInt(bytes.length);
        out.write(bytes);
        out.flush();
    }

    static void writeOk(DataOutputStream out, int id, ExtractedText t) throws IOException {
        out.writeInt(id);
        out.writeByte(OK);
        writeString(out, t.mediaType());
        writeStrings(out, t.warnings());
        out.writeBoolean(t.needsOcr());
        writeStrings(out, t.fonts());
        writeString(out, t.text());
        out.flush();
    }

    static void writeFailed(DataOutputStream out, int id, String reason) throws IOException {
        out.writeInt(id);
        out.writeByte(FAILED);
        writeString(out, reason);
        out.flush();
    }

    /** Reads one answer, whichever request it answers. */
    static Answer readAnswer(DataInputStream in) throws IOException {
        int id = in.readInt();
        int status = in.readUnsignedByte();
        if (status == FAILED) {
            return new Answer(id, null, readString(in));
        }
        if (status != OK) {
            throw new IOException("unexpected answer from the extraction process: " + status);
        }
        String mediaType = readString(in);
        List<String> warnings = readStrings(in);
        boolean needsOcr = in.readBoolean();
        List<String> fonts = readStrings(in);
        String text = readString(in);
        return new Answer(id, new ExtractedText(text, mediaType, warnings, needsOcr, fonts), null);
    }

    static void writeString(DataOutputStream out, String s) throws IOException {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    static String readString(DataInputStream in) throws IOException {
        return new String(readBytes(in), StandardCharsets.UTF_8);
    }

    /**
     * Length-prefixed bytes, all of them: a frame cut short (the process killed while it wrote an
     * answer) must end the pipe, not pass for a shorter text.
     */
    static byte[] readBytes(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0) {
            throw new IOException("a frame announces " + n + " bytes");
        }
        byte[] b = in.readNBytes(n);
        if (b.length != n) {
            throw new java.io.EOFException("frame cut short");
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
