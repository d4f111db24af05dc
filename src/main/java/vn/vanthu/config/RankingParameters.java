package vn.vanthu.config;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The BM25 parameters of the search ranking: a default pair and, optionally, a pair per field, read
 * from {@code index-config/ranking.properties}. BM25's k1 and b enter only at search time (the index
 * stores each document's length, whatever they are), so editing them needs a restart, not a reindex.
 *
 * <p>File format, one setting a line: {@code k1 = 0.3}, {@code b = 0.85} for the default, and
 * {@code FIELD.k1 = …}, {@code FIELD.b = …} for one field (a field given only one of the two takes
 * the other from the default).
 */
public record RankingParameters(Bm25 defaults, Map<String, Bm25> fields) {
    public static final String TABLE = "ranking.properties";

    /** Lucene's own defaults (k1 1.2, b 0.75) for every field: the ranking before tuning. */
    public static final RankingParameters LUCENE_DEFAULTS = new RankingParameters(new Bm25(1.2f, 0.75f), Map.of());

    /** k1: how fast repeated terms saturate; b: how much a long document is discounted (0 none, 1 full). */
    public record Bm25(float k1, float b) {
        public Bm25 {
            if (!Float.isFinite(k1) || k1 < 0) {
                throw new IllegalArgumentException("k1 must be a number of 0 or more, not " + k1);
            }
            if (!(b >= 0 && b <= 1)) {
                throw new IllegalArgumentException("b must be between 0 and 1, not " + b);
            }
        }
    }

    public RankingParameters {
        fields = Map.copyOf(fields);
    }

    /** The parameters of one field: its own, else the default. */
    public Bm25 of(String field) {
        return fields.getOrDefault(field, defaults);
    }

    /**
     * Parses the lines of the table ({@link IndexConfig#lines} drops comments and blanks).
     *
     * @throws IllegalArgumentException naming the line that is wrong
     */
    public static RankingParameters parse(List<String> lines) {
        Float k1 = null;
        Float b = null;
        Map<String, Float> fieldK1 = new LinkedHashMap<>();
        Map<String, Float> fieldB = new LinkedHashMap<>();
        for (String line : lines) {
            int eq = line.indexOf('=');
            if (eq < 0) {
                throw new IllegalArgumentException(TABLE + ": expected 'key = value', got: " + line);
            }
            String key = line.substring(0, eq).strip();
            float value = number(line.substring(eq + 1).strip(), line);
            int dot = key.lastIndexOf('.');
            String param = dot < 0 ? key : key.substring(dot + 1);
            String field = dot < 0 ? "" : key.substring(0, dot);
            if (dot == 0 || !(param.equals("k1") || param.equals("b"))) {
                throw new IllegalArgumentException(TABLE + ": the key must be k1, b, FIELD.k1 or FIELD.b, got: " + line);
            }
            if (field.isEmpty()) {
                if (param.equals("k1")) {
                    k1 = value;
                } else {
                    b = value;
                }
            } else {
                (param.equals("k1") ? fieldK1 : fieldB).put(field, value);
            }
        }
        try {
            Bm25 defaults = new Bm25(k1 == null ? LUCENE_DEFAULTS.defaults().k1() : k1, b == null ? LUCENE_DEFAULTS.defaults().b() : b);
            Map<String, Bm25> perField = new LinkedHashMap<>();
            for (String field : union(fieldK1, fieldB)) {
                perField.put(field, new Bm25(fieldK1.getOrDefault(field, defaults.k1()), fieldB.getOrDefault(field, defaults.b())));
            }
            return new RankingParameters(defaults, perField);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(TABLE + ": " + e.getMessage(), e);
        }
    }

    private static List<String> union(Map<String, Float> a, Map<String, Float> b) {
        Map<String, Boolean> keys = new LinkedHashMap<>();
        a.keySet().forEach(k -> keys.put(k, true));
        b.keySet().forEach(k -> keys.put(k, true));
        return List.copyOf(keys.keySet());
    }

    private static float number(String text, String line) {
        try {
            return Float.parseFloat(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(TABLE + ": not a number in: " + line, e);
        }
    }
}
