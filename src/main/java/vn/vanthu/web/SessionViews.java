package vn.vanthu.web;

import java.time.LocalDate;
import java.util.List;

import vn.vanthu.catalog.SessionRecord;
import vn.vanthu.document.RomanNumerals;

/** The JSON shapes of the sessions API. */
public final class SessionViews {
    private SessionViews() {
    }

    /** A session in lists and answers. */
    public record SessionView(long id, String label, int number, Integer term, String termRoman, String kind, LocalDate opening,
                       LocalDate closing, String datesSource, boolean correctedByStaff, int documents) {
        static SessionView of(SessionRecord s, int documents) {
            return new SessionView(s.id(), s.label(), s.ref().number(), s.ref().term().orElse(null),
                    s.ref().term().map(RomanNumerals::toRoman).orElse(null), s.ref().kind(), s.opening().orElse(null),
                    s.closing().orElse(null), s.datesSource(), s.correctedByStaff(), documents);
        }
    }

    public record SessionList(int total, List<SessionView> sessions) {
    }

    /** A document of a session with why it belongs there. */
    public record AssignedDocument(long id, String number, String type, String title, LocalDate issued, String method, String reason) {
    }

    public record SessionDetail(SessionView session, List<AssignedDocument> documents) {
    }
}
