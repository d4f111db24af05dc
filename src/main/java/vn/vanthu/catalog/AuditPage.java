package vn.vanthu.catalog;

import java.util.List;

/** A page of audit entries, newest first, and how many match in all. */
public record AuditPage(int total, List<AuditEntry> entries) {
}
