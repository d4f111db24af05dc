package vn.vanthu.ingest;

/** Follows a run: how many files it found, then each file as it is done (from any thread). */
public interface IngestListener {
    /** What happened to one file (a container counts once, with its entries). */
    enum Outcome { ADDED, UNCHANGED, FAILED }

    /** @param line a one-line account for people, e.g. {@code added a/b.doc} */
    record FileDone(String path, Outcome outcome, long bytes, String line) {
    }

    void started(int files, long bytes);

    void fileDone(FileDone done);

    default void finished() {
    }

    /** A listener that only prints each file's line. */
    static IngestListener lines(java.util.function.Consumer<String> out) {
        return new IngestListener() {
            @Override
            public void started(int files, long bytes) {
            }

            @Override
            public void fileDone(FileDone done) {
                out.accept(done.line());
            }
        };
    }
}
