package vn.vanthu.index;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.vanthu.document.DocumentNumber;

/** The canonical keys of the document numbers typed in a query. */
final class QueryNumbers {
    private static final Pattern CANDIDATE = Pattern.compile("(?<![\\p{L}\\p{N}])\\d{1,6}(?:/\\d{4})?/[\\p{L}\\p{N}.]+(?:[-–][\\p{L}\\p{N}.]+)*");

    private QueryNumbers() {
    }

    static Set<String> keys(String query) {
        Set<String> keys = new LinkedHashSet<>();
        Matcher m = CANDIDATE.matcher(query);
        while (m.find()) {
            DocumentNumber.parse(m.group()).ifPresent(n -> keys.add(n.key()));
        }
        return keys;
    }
}
