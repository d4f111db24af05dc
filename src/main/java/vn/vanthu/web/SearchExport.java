package vn.vanthu.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import vn.vanthu.index.SearchHit;

/**
 * A search's results as a spreadsheet: CSV (UTF-8 with a byte order mark, so Excel reads the
 * Vietnamese right) or .xlsx. One row per document, in the search's order.
 */
final class SearchExport {
    /** The most rows an export holds: the depth the index serves. */
    static final int MAX_ROWS = vn.vanthu.index.SearchRequest.MAX_DEPTH;
    static final List<String> HEADER = List.of("Mã", "Số, ký hiệu", "Loại văn bản", "Trích yếu", "Cơ quan ban hành",
            "Ngày ban hành", "Kỳ họp");
    private static final int[] WIDTHS = {8, 18, 16, 70, 28, 14, 28};
    private static final int STREAM_WINDOW = 200;

    private SearchExport() {
    }

    static byte[] csv(List<SearchHit> hits) {
        StringBuilder sb = new StringBuilder("\uFEFF");
        line(sb, HEADER);
        for (SearchHit h : hits) {
            line(sb, List.of(Long.toString(h.id()), h.number().orElse(""), h.type().orElse(""), h.title(),
                    h.issuer().orElse(""), h.issued().orElse(""), h.session().orElse("")));
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    static byte[] xlsx(List<SearchHit> hits) {
        // Streaming: rows go to a temporary file past a small window (closing the workbook deletes
        // it), so 10,000 rows neither hold a whole sheet's objects in memory nor take seconds.
        try (SXSSFWorkbook wb = new SXSSFWorkbook(STREAM_WINDOW); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("Kết quả tìm kiếm");
            CellStyle bold = wb.createCellStyle();
            Font font = wb.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy"));
            Row head = sheet.createRow(0);
            for (int i = 0; i < HEADER.size(); i++) {
                Cell c = head.createCell(i);
                c.setCellValue(HEADER.get(i));
                c.setCellStyle(bold);
                sheet.setColumnWidth(i, WIDTHS[i] * 256);
            }
            int r = 1;
            for (SearchHit h : hits) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(h.id());
                // Text goes in string cells, which Excel never evaluates, whatever they start with.
                text(row, 1, h.number());
                text(row, 2, h.type());
                text(row, 3, Optional.of(h.title()));
                text(row, 4, h.issuer());
                Optional<LocalDate> issued = h.issued().flatMap(SearchExport::isoDate);
                if (issued.isPresent()) {
                    Cell c = row.createCell(5);
                    c.setCellValue(issued.get());
                    c.setCellStyle(date);
                }
                text(row, 6, h.session());
            }
            sheet.createFreezePane(0, 1);
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, r - 1), 0, HEADER.size() - 1));
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the .xlsx export", e);
        }
    }

    /**
     * A cell as CSV writes it: a value a spreadsheet would run as a formula (starting with = + - @,
     * or a tab or carriage return before one) gets a leading apostrophe (OWASP's advice), then
     * quoting when it holds a separator, a quote or a line break.
     */
    static String cell(String v) {
        String safe = !v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0 ? "'" + v : v;
        if (safe.indexOf(',') >= 0 || safe.indexOf('"') >= 0 || safe.indexOf('\n') >= 0 || safe.indexOf('\r') >= 0) {
            return '"' + safe.replace("\"", "\"\"") + '"';
        }
        return safe;
    }

    private static void line(StringBuilder sb, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append(cell(cells.get(i)));
        }
        sb.append("\r\n");
    }

    private static void text(Row row, int col, Optional<String> v) {
        v.filter(s -> !s.isEmpty()).ifPresent(s -> row.createCell(col).setCellValue(s));
    }

    private static Optional<LocalDate> isoDate(String s) {
        try {
            return Optional.of(LocalDate.parse(s));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
