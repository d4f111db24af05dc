package vn.vanthu.web;

import java.util.List;

import vn.vanthu.document.ArchivedDocument;
import vn.vanthu.xref.NumberTrace;
import vn.vanthu.xref.ResolvedCitation;

/** What a document's page shows. */
public record DocumentPage(ArchivedDocument document, List<ResolvedCitation> citations, List<NumberTrace.CitedBy> citedBy) {
}
