package vn.vanthu.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import vn.vanthu.config.IndexConfig;
import vn.vanthu.document.DocumentType;

/**
 * The document types of {@code index-config/document-types.tsv}: by the code in a ký hiệu ("KH")
 * and by name as written in any case or tone-mark style ("KẾ HOẠCH", "Kế hoạch").
 */
public final class DocumentTypes {
    public static final String TABLE = "document-types.tsv";

    private final Map<String, DocumentType> byCode = new HashMap<>();
    private final Map<String, DocumentType> byCodeIgnoringCase = new HashMap<>();
    private final Map<String, DocumentType> byFoldedName = new HashMap<>();
    private final List<String> namesLongestFirst = new ArrayList<>();

    public DocumentTypes(IndexConfig config) {
        for (String line : config.lines(TABLE)) {
            String[] cols = line.split("\t");
            if (cols.length < 2) {
                throw new IllegalArgumentException("document-types.tsv: expected 'code<TAB>name', got: " + line);
            }
            String code = cols[0].strip().equals("-") ? "" : cols[0].strip();
            DocumentType type = new DocumentType(code, cols[1].strip());
            if (!code.isEmpty()) {
                byCode.putIfAbsent(code, type);
                byCodeIgnoringCase.putIfAbsent(code.toUpperCase(Locale.ROOT), type);
            }
            for (int i = 1; i < cols.length; i++) {
                String name = Fold.nfc(cols[i].strip());
                if (!name.isEmpty()) {
                    byFoldedName.putIfAbsent(Fold.fold(name), type);
                    namesLongestFirst.add(name);
                }
            }
        }
        namesLongestFirst.sort(Comparator.comparingInt(String::length).reversed());
    }

    /** The type a ký hiệu code stands for: exact first ("HD" Hướng dẫn, "HĐ" Hợp đồng), then in any case. */
    public Optional<DocumentType> byCode(String code) {
        DocumentType t = byCode.get(code);
        if (t == null) {
            t = byCodeIgnoringCase.get(code.toUpperCase(Locale.ROOT));
        }
        return Optional.ofNullable(t);
    }

    /** The type named exactly by these words, in any case or diacritics style. */
    public Optional<DocumentType> byName(String words) {
        return Optional.ofNullable(byFoldedName.get(Fold.fold(Fold.nfc(words).strip().replaceAll("\\s+", " "))));
    }

    /** Every name and alias, longest first, for building patterns. */
    public List<String> names() {
        return List.copyOf(namesLongestFirst);
    }

    /** The codes of every type that has one. */
    public List<String> codes() {
        return List.copyOf(byCode.keySet());
    }
}
