package vn.vanthu.compare;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The comparison's tables as an .xlsx workbook, one sheet per table; numbers are stored as numbers. */
public final class ComparisonXlsx {
    private ComparisonXlsx() {
    }

    public static byte[] write(Comparison c) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = wb.createCellStyle();
            Font font = wb.createFont();
            font.setBold(true);
            bold.setFont(font);
            int n = 1;
            for (ComparisonTables.Table t : ComparisonTables.of(c)) {
                // Sheet names: at most 31 characters, unique, without []:*?/\
                String name = WorkbookUtil.createSafeSheetName(n++ + " " + t.title().split(" — ")[0]
                        + (t.title().contains("— A") ? " A" : t.title().contains("— B") ? " B" : ""));
                Sheet sheet = wb.createSheet(name);
                Row title = sheet.createRow(0);
                title.createCell(0).setCellValue(t.title());
                title.getCell(0).setCellStyle(bold);
                write(sheet.createRow(1), t.header(), bold);
                int r = 2;
                for (List<String> row : t.rows()) {
                    write(sheet.createRow(r++), row, null);
                }
                for (int col = 0; col < t.header().size(); col++) {
                    sheet.setColumnWidth(col, Math.min(60, Math.max(10, widest(t, col))) * 256);
                }
                sheet.createFreezePane(0, 2);
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the .xlsx report", e);
        }
    }

    private static void write(Row row, List<String> cells, CellStyle style) {
        for (int i = 0; i < cells.size(); i++) {
            String v = cells.get(i);
            var cell = row.createCell(i);
            if (style == null && v.matches("[+-]?\\d{1,15}")) {
                cell.setCellValue(Long.parseLong(v.replace("+", "")));
            } else {
                cell.setCellValue(v);
            }
            if (style != null) {
                cell.setCellStyle(style);
            }
        }
    }

    private static int widest(ComparisonTables.Table t, int col) {
        int w = t.header().get(col).length();
        for (List<String> row : t.rows()) {
            w = Math.max(w, row.get(col).length());
        }
        return w + 2;
    }
}
