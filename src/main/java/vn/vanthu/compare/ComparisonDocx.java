package vn.vanthu.compare;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * The comparison as a Word report a researcher can hand on: the tables, then each pair of
 * documents with its sentence-level diff side by side (changed sentences shaded yellow, those
 * only in A red, only in B green; runs of identical sentences folded into one line).
 */
public final class ComparisonDocx {
    private static final String CHANGED = "FFF2CC";
    private static final String REMOVED = "F8D7DA";
    private static final String ADDED = "D4EDDA";
    private static final String HEADER = "E7E6E6";

    private ComparisonDocx() {
    }

    public static byte[] write(Comparison c) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFParagraph title = doc.createParagraph();
            title.setAlignment(ParagraphAlignment.CENTER);
            run(title, "BÁO CÁO SO SÁNH", true, 16);
            XWPFParagraph sub = doc.createParagraph();
            sub.setAlignment(ParagraphAlignment.CENTER);
            run(sub, "A: " + c.a().label() + " (" + c.a().documents().size() + " văn bản)", false, 11);
            sub.createRun().addBreak();
            run(sub, "B: " + c.b().label() + " (" + c.b().documents().size() + " văn bản)", false, 11);
            paragraph(doc, "Văn bản chậm so với hạn: A " + c.a().lateCount() + ", B " + c.b().lateCount() + ".", false);

            int section = 1;
            for (ComparisonTables.Table t : ComparisonTables.of(c)) {
                heading(doc, section++ + ". " + t.title());
                if (t.rows().isEmpty()) {
                    paragraph(doc, "(không có)", false);
                    continue;
                }
                table(doc, t.header(), t.rows());
            }
            heading(doc, section + ". So sánh từng cặp văn bản tương ứng (theo câu)");
            for (Comparison.DocumentPair p : c.pairs()) {
                paragraph(doc, p.a().number() + " ↔ " + p.b().number() + " — " + p.a().title(), true);
                paragraph(doc, "Giống " + p.same() + " câu, sửa " + p.changed() + ", chỉ có ở A " + p.removed()
                        + ", chỉ có ở B " + p.added() + " (" + p.basis() + ").", false);
                diff(doc, p);
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the .docx report", e);
        }
    }

    private static void diff(XWPFDocument doc, Comparison.DocumentPair p) {
        XWPFTable table = doc.createTable(1, 2);
        table.setWidth("100%");
        header(table.getRow(0), List.of(p.a().number(), p.b().number()));
        int same = 0;
        for (DiffRow r : p.diff()) {
            if (r.kind().equals(DiffRow.SAME)) {
                same++;
                continue;
            }
            if (same > 0) {
                folded(table, same);
                same = 0;
            }
            XWPFTableRow row = table.createRow();
            cell(row.getCell(0), r.left(), r.kind().equals(DiffRow.ADDED) ? null : r.kind().equals(DiffRow.REMOVED) ? REMOVED : CHANGED);
            cell(row.getCell(1), r.right(), r.kind().equals(DiffRow.REMOVED) ? null : r.kind().equals(DiffRow.ADDED) ? ADDED : CHANGED);
        }
        if (same > 0) {
            folded(table, same);
        }
        doc.createParagraph();
    }

    private static void folded(XWPFTable table, int same) {
        XWPFTableRow row = table.createRow();
        cell(row.getCell(0), "… " + same + " câu giống nhau …", null);
        cell(row.getCell(1), "… " + same + " câu giống nhau …", null);
    }

    private static void table(XWPFDocument doc, List<String> header, List<List<String>> rows) {
        XWPFTable table = doc.createTable(1, header.size());
        table.setWidth("100%");
        header(table.getRow(0), header);
        for (List<String> r : rows) {
            XWPFTableRow row = table.createRow();
            for (int i = 0; i < r.size(); i++) {
                cell(row.getCell(i), r.get(i), r.get(i).equals("CHẬM") ? REMOVED : null);
            }
        }
        doc.createParagraph();
    }

    private static void header(XWPFTableRow row, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            XWPFTableCell cell = row.getCell(i);
            cell.setColor(HEADER);
            XWPFParagraph p = cell.getParagraphs().get(0);
            run(p, cells.get(i), true, 10);
        }
    }

    private static void cell(XWPFTableCell cell, String text, String color) {
        if (color != null) {
            cell.setColor(color);
        }
        run(cell.getParagraphs().get(0), text, false, 10);
    }

    private static void heading(XWPFDocument doc, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setSpacingBefore(240);
        run(p, text, true, 13);
    }

    private static void paragraph(XWPFDocument doc, String text, boolean bold) {
        run(doc.createParagraph(), text, bold, 11);
    }

    private static void run(XWPFParagraph p, String text, boolean bold, int size) {
        XWPFRun r = p.createRun();
        r.setFontFamily("Times New Roman");
        r.setFontSize(size);
        r.setBold(bold);
        r.setText(text);
    }
}
