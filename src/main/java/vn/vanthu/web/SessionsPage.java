package vn.vanthu.web;

import java.util.List;

/** The sessions page: every session with its days and how many documents it holds. */
public record SessionsPage(List<SessionViews.SessionView> sessions) {
}
