package vn.vanthu.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.vanthu.config.IndexConfig;
import vn.vanthu.document.DocumentNumber;

/**
 * The issuer codes of {@code index-config/issuers.tsv}: reads who issued a document from its ký
 * hiệu ({@code TT-BTC} → Bộ Tài chính, {@code NĐ-CP} → Chính phủ, {@code QH14} → Quốc hội,
 * {@code TTLT-BTC-BGTVT} → Bộ Tài chính và Bộ Giao thông vận tải).
 */
public final class IssuerTable {
    public static final String TABLE = "issuers.tsv";

    private final Map<String, String> byKey = new HashMap<>();

    public IssuerTable(IndexConfig config) {
        for (String line : config.lines(TABLE)) {
            String[] cols = line.split("\t");
            if (cols.length < 2) {
                throw new IllegalArgumentException("issuers.tsv: expected 'code<TAB>issuer', got: " + line);
            }
            byKey.putIfAbsent(key(cols[0].strip()), Fold.nfc(cols[1].strip()));
        }
    }

    /** The body one code stands for ("BTC", "QH11", "ubnd"), if the table knows it. */
    public Optional<String> byCode(String code) {
        return Optional.ofNullable(byKey.get(key(code)));
    }

    /**
     * The issuer written in a number's ký hiệu. Two-part codes (L-CTN) are tried first; then each
     * part of the issuer code in turn, so joint documents name every issuer; parts the table does
     * not know (a drafting unit as in UBND-VP) are left out, but the first part must be known.
     */
    public Optional<String> fromNumber(DocumentNumber number) {
        List<String> parts = new ArrayList<>();
        if (!number.typeCode().isEmpty()) {
            parts.add(number.typeCode());
        }
        for (String p : number.issuerCode().split("[-/.]")) {
            if (!p.isEmpty()) {
                parts.add(p);
            }
        }
        if (parts.size() >= 2) {
            String pair = byKey.get(key(parts.get(0) + "-" + parts.get(1)));
            if (pair != null) {
                return Optional.of(pair);
            }
        }
        List<String> issuerParts = number.typeCode().isEmpty() ? parts : parts.subList(1, parts.size());
        Set<String> names = new LinkedHashSet<>();
        for (int i = 0; i < issuerParts.size(); i++) {
            Optional<String> n = byCode(issuerParts.get(i));
            if (n.isEmpty() && i == 0) {
                return Optional.empty();
            }
            n.ifPresent(names::add);
        }
        return names.isEmpty() ? Optional.empty() : Optional.of(String.join(" và ", names));
    }

    /** Codes are compared without a unit in brackets, a trailing term number, case or Đ/D. */
    private static String key(String code) {
        String c = code.replaceAll("\\(.*?\\)", "").replaceAll("[\"'”“]", "").strip();
        if (!c.matches("\\d+")) {
            c = c.replaceAll("\\d+$", "");
        }
        return c.replace('Đ', 'D').replace('đ', 'd').replace('Ð', 'D').replace('Ư', 'U').replace('ư', 'u')
                .toUpperCase(Locale.ROOT);
    }
}
