package vn.vanthu.catalog;

import vn.vanthu.document.ArchivedDocument;
import vn.vanthu.document.Citation;

/** A citation together with the archived document that makes it. */
public record Citing(ArchivedDocument citer, Citation citation) {
}
