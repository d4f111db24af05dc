package vn.vanthu.web;

import java.util.Optional;

import vn.vanthu.xref.DateReport;

/** The date view: the range typed, and the report when the range is valid. */
public record DatesPage(String from, String to, Optional<DateReport> report, Optional<String> error) {
}
