package vn.vanthu.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import vn.vanthu.Fixtures;
import vn.vanthu.catalog.DocumentRef;
import vn.vanthu.xref.CitationGraph;

class RelationDiagramTest {
    private static DocumentRef doc(long id, String number, String title) {
        return new DocumentRef(id, "f" + id, Optional.of(Fixtures.number(number)), Optional.empty(), Optional.of(title),
                Optional.of("HĐND huyện Khoa"), Optional.empty(), Optional.of(LocalDate.of(2016, 12, id > 1 ? 28 : 14)));
    }

    @Test
    void labelsAreEscapedAndColumnsRunFromCitedToCiting() {
        CitationGraph g = new CitationGraph(1, 1, List.of(
                new CitationGraph.Node("d1", Optional.of(doc(1, "40/KH-HĐND", "Kế hoạch <script>alert(1)</script> & \"x\"")),
                        Optional.empty(), 0, 0),
                new CitationGraph.Node("d2", Optional.of(doc(2, "45/BC-HĐND", "Rút kinh nghiệm")), Optional.empty(), 1, 1),
                new CitationGraph.Node("n:37/CV-HDND", Optional.empty(), Optional.of("37/CV-HĐND"), -1, 1)),
                List.of(new CitationGraph.Edge("d2", "d1", "thực hiện", "resolved", 2),
                        new CitationGraph.Edge("d1", "n:37/CV-HDND", "theo", "missing", 1)), false);
        String svg = RelationDiagram.svg(g);
        assertTrue(svg.startsWith("<svg") && svg.endsWith("</svg>"));
        assertFalse(svg.contains("<script"), svg);
        assertTrue(svg.contains("&lt;script&gt;") || svg.contains("Kế hoạch &lt;"), svg);
        assertTrue(svg.contains("href=\"/documents/2\"") && svg.contains("href=\"/numbers?n=37%2FCV-H%C4%90ND\""), svg);
        assertTrue(svg.contains(">thực hiện</text>") && svg.contains("thực hiện (2 lần)"), svg);
        // Columns: the missing number (cited) left of the plan, the report (citing) right of it.
        int missingX = x(svg, "37/CV-HĐND"), planX = x(svg, "40/KH-HĐND"), reportX = x(svg, "45/BC-HĐND");
        assertTrue(missingX < planX && planX < reportX, missingX + " " + planX + " " + reportX);
        assertEquals("a&amp;b&lt;c&gt;&quot;&#39;", RelationDiagram.escape("a&b<c>\"'"));
    }

    /** The x of the text line that starts with the label. */
    private static int x(String svg, String label) {
        int at = svg.indexOf("font-weight=\"bold\">" + label);
        int xAt = svg.lastIndexOf("<text x=\"", at) + 9;
        return Integer.parseInt(svg.substring(xAt, svg.indexOf('"', xAt)));
    }
}
