package vn.vanthu.web;

import java.util.Optional;

import vn.vanthu.xref.NumberTrace;

/** The number trace page: what was asked, and the trace if the spelling is a number. */
public record TracePage(String asked, Optional<NumberTrace> trace) {
}
