package vn.vanthu.web;

import vn.vanthu.xref.MissingNumbers;

/** The missing-documents page: one page of numbers cited but not archived. */
public record MissingPage(MissingNumbers missing, int page, int size) {
    public boolean hasNext() {
        return (long) page * size < missing.total();
    }
}
