package vn.vanthu.text;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Syllables spelled with either {@code i} or {@code y} (kĩ/kỹ, lí/lý…), mapped to one spelling. Only
 * unambiguous pairs belong in the table: "hi/hy" and "ti/ty" are left out because "Hy" is a name
 * and "ty" is part of "công ty".
 *
 * <p>Table format (index-config/iy-variants.txt): one group per line, the canonical spelling first,
 * then its variants, separated by spaces, in lower case.
 */
public final class IyVariants {
    private final Map<String, String> toCanonical;

    private IyVariants(Map<String, String> toCanonical) {
        this.toCanonical = Map.copyOf(toCanonical);
    }

    /** A table with no pairs: every syllable maps to itself. */
    public static IyVariants none() {
        return new IyVariants(Map.of());
    }

    /** Parses the meaningful lines of the table (comments already stripped). */
    public static IyVariants parse(List<String> lines) {
        Map<String, String> map = new HashMap<>();
        for (String line : lines) {
            String[] words = VietnameseNormalizer.normalize(line).strip().toLowerCase(java.util.Locale.ROOT).split(" ");
            if (words.length < 2) {
                throw new IllegalArgumentException("i/y variant line needs a canonical form and a variant: " + line);
            }
            for (int i = 1; i < words.length; i++) {
                map.put(words[i], words[0]);
            }
        }
        return new IyVariants(map);
    }

    /** The canonical spelling of a lower-case normalised syllable, if it is a listed variant. */
    public Optional<String> canonical(String syllable) {
        return Optional.ofNullable(toCanonical.get(syllable));
    }

    /** Every variant and its canonical spelling. */
    public Map<String, String> asMap() {
        return toCanonical;
    }
}
