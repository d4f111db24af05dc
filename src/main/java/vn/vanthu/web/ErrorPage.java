package vn.vanthu.web;

/** An error shown as a page: its status and what it says, in Vietnamese. */
public record ErrorPage(int status, String message) {
}
