package vn.vanthu.index;

import java.util.List;
import java.util.Optional;

/** One document in a result list, with its highlighted snippets (HTML-escaped, hits in {@code <mark>}). */
public record SearchHit(
        long id,
        Optional<String> number,
        Optional<String> type,
        String title,
        Optional<String> issuer,
        Optional<String> issued,
        Optional<String> session,
        float score,
        List<String> snippets) {
}
