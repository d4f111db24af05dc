package vn.vanthu.xref;

import java.util.List;

import vn.vanthu.catalog.MissingNumberRow;

/**
 * The numbers cited but not in the archive, most cited first: what archivists should collect.
 *
 * @param total   how many distinct numbers are missing
 * @param numbers this page of them
 */
public record MissingNumbers(int total, List<MissingNumberRow> numbers) {
    public MissingNumbers {
        numbers = List.copyOf(numbers);
    }
}
