package vn.vanthu.extract;

import java.util.HashMap;
import java.util.Map;
import java.util.function.IntPredicate;

/**
 * Whether Tika's text parser (TextAndCSVParser, Tika 3.3) would read a text as a table (CSV/TSV)
 * rather than as plain text. It guesses so when, for one of the delimiters comma, tab, pipe and
 * semicolon, most rows of the first 20 000 characters have the same number (more than one) of
 * cells, or many cells are quoted; it then writes cells, not the text as it is. {@link PlainText}
 * must send such a file to Tika: this gives the same verdict, on a string, without Tika's
 * per-character reader (17 % of a small text's cost in the extraction child).
 *
 * <p>The rules below follow Tika's sniffer step by step, oddities included (a quoted cell followed
 * by a delimiter counts two cells; a file ending inside quotes or line breaks loses its last row),
 * because the verdict must be Tika's, not a better one. {@code TableSniffTest} checks it against
 * Tika on random delimiter-rich texts.
 */
final class TableSniff {
    /** Characters Tika's parser lets the sniffer read (its {@code markLimit}). */
    static final int MARK_LIMIT = 20_000;
    private static final double MIN_CONFIDENCE = 0.5;
    private static final char[] DELIMITERS = {',', '\t', '|', ';'};
    private static final char QUOTE = '"';

    private TableSniff() {
    }

    /** Whether Tika would read {@code text} (as decoded, without its byte order mark) as a table. */
    static boolean looksLikeTable(String text) {
        for (char d : DELIMITERS) {
            if (new Trial(text, d).confidence() >= MIN_CONFIDENCE) {
                return true;
            }
        }
        return false;
    }

    /** Thrown where Tika's sniffer stops on the end of the text or on its read limit. */
    private static final class Stop extends Exception {
        enum Kind { QUIET_END, END, LIMIT }

        final Kind kind;

        Stop(Kind kind) {
            super(null, null, false, false);
            this.kind = kind;
        }
    }

    /** One delimiter's trial: reads the text as Tika's sniffer does and scores its regularity. */
    private static final class Trial {
        private static final int EOF = -1;
        private final String text;
        private final char delimiter;
        private final Map<Integer, Integer> rowsByCells = new HashMap<>();
        private int pos;
        /** Characters consumed, as Tika counts them (an unread character is given back). */
        private int read;
        private int cells;
        private int quoted;

        Trial(String text, char delimiter) {
            this.text = text;
            this.delimiter = delimiter;
        }

        double confidence() {
            int last = -1;
            boolean unquotedPending = false;
            boolean endedEarly = false;
            try {
                int c = next();
                while (c != EOF) {
                    if (c == QUOTE) {
                        unquotedPending = false;
                        // A quote inside a cell is a parse error for Tika: this delimiter loses.
                        if (last > -1 && last != delimiter && last != '\n' && last != '\r') {
                            return -1;
                        }
                        if (!quotedCell()) {
                            return -1;
                        }
                    } else if (c == delimiter) {
                        unquotedPending = false;
                        cells++;
                        skipSpaces();
                    } else if (c == '\n' || c == '\r') {
                        if (unquotedPending) {
                            cells++;
                        }
                        unquotedPending = false;
                        endRow();
                        skipLineBreaks();
                    } else {
                        unquotedPending = true;
                    }
                    last = c;
                    c = next();
                }
            } catch (Stop s) {
                endedEarly = s.kind != Stop.Kind.QUIET_END;
            }
            if (!endedEarly && last != '\n' && last != '\r') {
                cells++;
                endRow();
            }
            return score();
        }

        private int next() throws Stop {
            if (read >= MARK_LIMIT - 1) {
                throw new Stop(Stop.Kind.LIMIT);
            }
            if (pos >= text.length()) {
                return EOF;
            }
            read++;
            return text.charAt(pos++);
        }

        private void unread(int c) {
            if (c != EOF) {
                pos--;
                read--;
            }
        }

        private void skipSpaces() throws Stop {
            skipWhile(c -> c == ' ', Stop.Kind.QUIET_END);
        }

        private void skipLineBreaks() throws Stop {
            skipWhile(c -> c == '\n' || c == '\r', Stop.Kind.END);
        }

        /** Reads past the characters {@code skipped} accepts; the text ending there stops the trial as {@code atEnd}. */
        private void skipWhile(IntPredicate skipped, Stop.Kind atEnd) throws Stop {
            int c = next();
            while (skipped.test(c)) {
                c = next();
            }
            if (c == EOF) {
                throw new Stop(atEnd);
            }
            unread(c);
        }

        /** After an opening quote: whether the cell closes properly (before a delimiter, a line break or the end). */
        private boolean quotedCell() throws Stop {
            int c = next();
            while (c != EOF) {
                if (c == QUOTE) {
                    int after = next();
                    if (after == EOF) {
                        quoted++;
                        cells++;
                        throw new Stop(Stop.Kind.QUIET_END);
                    } else if (after != QUOTE) {
                        quoted++;
                        cells++;
                        unread(after);
                        skipSpaces();
                        after = next();
                        if (after == EOF) {
                            throw new Stop(Stop.Kind.QUIET_END);
                        }
                        unread(after);
                        return after == '\n' || after == '\r' || after == delimiter;
                    }
                    // "" is an escaped quote inside the cell.
                }
                c = next();
            }
            throw new Stop(Stop.Kind.END);
        }

        private void endRow() {
            rowsByCells.merge(cells, 1, Integer::sum);
            cells = 0;
        }

        private double score() {
            double consistency = 0;
            int commonest = -1;
            int rows = 0;
            for (Map.Entry<Integer, Integer> e : rowsByCells.entrySet()) {
                if (e.getKey() > 1 && e.getValue() > commonest) {
                    commonest = e.getValue();
                }
                rows += e.getValue();
            }
            if (commonest >= 0 && rows >= 3) {
                consistency = (1d - (1d / Math.pow(rows, 0.3))) * ((double) commonest / rows);
            }
            double quotedBonus = quoted > 0 ? 1.0 - (1.0d / Math.pow(quoted, 0.2)) : 0;
            return Math.min(consistency + quotedBonus, 1.0);
        }
    }
}
