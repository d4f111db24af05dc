package vn.vanthu.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.vanthu.web.ServedArchive.enc;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** CSV and .xlsx exports of a search over the sample archive: every result, in order, Vietnamese intact. */
class SearchExportTest {
    private static final String QUERY = "kỳ họp";
    private static ServedArchive s;
    private final ObjectMapper json = new ObjectMapper();

    @BeforeAll
    static void start() throws Exception {
        s = ServedArchive.samples();
    }

    /** Ids of every result, in order, read page by page from the JSON API. */
    private List<Long> apiIds(String params) throws Exception {
        List<Long> ids = new ArrayList<>();
        for (int page = 1; ; page++) {
            JsonNode r = json.readTree(s.get("/api/search?size=7&page=" + page + "&" + params).body());
            r.get("hits").forEach(h -> ids.add(h.get("id").asLong()));
            if (ids.size() >= r.get("total").asLong() || r.get("hits").isEmpty()) {
                return ids;
            }
        }
    }

    @Test
    void theCsvHoldsEveryResultInOrderWithABomForExcel() throws Exception {
        String params = "q=" + enc(QUERY) + "&sort=date";
        HttpResponse<byte[]> r = s.get("/api/search.csv?" + params);
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertTrue(r.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment;"));
        byte[] body = r.body();
        assertTrue(Arrays.equals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(body, 3)), "UTF-8 BOM");
        String[] lines = new String(body, 3, body.length - 3, StandardCharsets.UTF_8).split("\r\n");
        assertEquals("Mã,\"Số, ký hiệu\",Loại văn bản,Trích yếu,Cơ quan ban hành,Ngày ban hành,Kỳ họp", lines[0]);
        List<Long> ids = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            ids.add(Long.parseLong(lines[i].substring(0, lines[i].indexOf(','))));
        }
        List<Long> expected = apiIds(params);
        assertTrue(expected.size() > 10, "more results than one page");
        assertEquals(expected, ids);
        assertEquals(Integer.toString(expected.size()), r.headers().firstValue("X-Export-Rows").orElseThrow());
        String all = String.join("\n", lines);
        assertTrue(all.contains("Kế hoạch") && all.contains("HĐND"), "Vietnamese kept");
    }

    @Test
    void theXlsxHasTheSameRowsWithRealDates() throws Exception {
        String params = "q=" + enc(QUERY) + "&year=2016";
        HttpResponse<byte[]> r = s.get("/api/search.xlsx?" + params);
        assertEquals(200, r.statusCode());
        assertEquals("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                r.headers().firstValue("Content-Type").orElse(""));
        List<Long> expected = apiIds(params);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(r.body()))) {
            Sheet sheet = wb.getSheetAt(0);
            assertEquals("Số, ký hiệu", sheet.getRow(0).getCell(1).getStringCellValue());
            assertEquals(expected.size(), sheet.getLastRowNum());
            List<Long> ids = new ArrayList<>();
            boolean sawType = false;
            for (int i = 1; i <= sheet.getLastRowNum(); i++) {
                Row row = sheet.getRow(i);
                ids.add((long) row.getCell(0).getNumericCellValue());
                if (row.getCell(5) != null) {
                    assertTrue(DateUtil.isCellDateFormatted(row.getCell(5)));
                    assertEquals(2016, row.getCell(5).getLocalDateTimeCellValue().getYear());
                }
                if (row.getCell(2) != null) {
                    assertEquals(CellType.STRING, row.getCell(2).getCellType());
                    sawType |= row.getCell(2).getStringCellValue().equals("Kế hoạch");
                }
            }
            assertEquals(expected, ids);
            assertTrue(sawType, "a Vietnamese type name, intact");
        }
    }

    @Test
    void anExportNeedsAQueryOrAFilterAndValidParameters() throws Exception {
        for (String path : List.of("/api/search.csv", "/api/search.xlsx?sort=oldest&q=x", "/api/search.csv?q=x&from=hôm+qua")) {
            HttpResponse<byte[]> r = s.get(path.replace(" ", "+"));
            assertEquals(400, r.statusCode(), path);
            assertEquals("bad_request", json.readTree(r.body()).get("error").asText());
        }
    }

    @Test
    void cellsASpreadsheetWouldRunAsFormulasAreNeutralised() {
        assertEquals("'=HYPERLINK(\"\"http://x\"\")", SearchExport.cell("=HYPERLINK(\"http://x\")").replaceAll("^\"|\"$", ""));
        assertEquals("'+1", SearchExport.cell("+1"));
        assertEquals("'-2+3", SearchExport.cell("-2+3"));
        assertEquals("'@SUM(A1)", SearchExport.cell("@SUM(A1)"));
        assertEquals("'\t=1", SearchExport.cell("\t=1"));
        assertEquals("\"Số 40/KH-HĐND, ngày 14/11/2016\"", SearchExport.cell("Số 40/KH-HĐND, ngày 14/11/2016"));
        assertEquals("Kế hoạch", SearchExport.cell("Kế hoạch"));
        assertEquals("", SearchExport.cell(""));
    }
}
