package vn.vanthu.compare;

import java.util.Optional;

/**
 * A number with what it counts, as a document states it.
 *
 * @param value      the number ("454")
 * @param outOf      the whole it is part of, when written ("25/30" → 30)
 * @param percent    the share written beside it ("83,33%")
 * @param documentId the document stating it
 * @param document   that document's number or file name
 * @param sentence   the sentence stating it
 */
public record Figure(long value, Optional<Integer> outOf, Optional<String> percent, long documentId, String document,
                     String sentence) {
}
