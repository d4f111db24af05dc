package vn.vanthu.extract;

import java.util.regex.Pattern;
import vn.vanthu.document.FirstCharScan;

/**
 * What one piece of a header line is, whichever column it came from: the national motto (either of
 * its two lines), a rule drawn under a column, the opening of the body (where the header is over).
 */
final class HeaderLines {
    private HeaderLines() {
    }

    // Each vowel of the motto in any of its marks: OCR reads "CÓNG HÒA", "XÃ HỌI" (46/QĐ-BCĐCCHC, a scan).
    private static final String O = "[OÓÒỎÕỌÔỐỒỔỖỘƠỚỜỞỠỢ]";
    private static final String A = "[AÁÀẢÃẠĂẮẰẲẴẶÂẤẦẨẪẬ]";
    private static final String U = "[UÚÙỦŨỤƯỨỪỬỮỰ]";
    private static final String I = "[IÍÌỈĨỊ]";
    private static final String E = "[EÉÈẺẼẸÊẾỀỂỄỆ]";
    static final Pattern MOTTO = Pattern.compile(
            ("(?iu)C" + O + "NG\\s*H" + O + A + "\\s*X" + A + "\\s*H" + O + I + "\\s*CH" + U + "\\s*NGH" + I + A + "\\s*VI" + E + "T\\s*NAM"
                    + "|Đ" + O + "c\\s*l" + A + "p\\s*[-–—]?\\s*T" + U + "\\s*do\\s*[-–—]?\\s*H" + A + "nh\\s*ph" + U + "c"));
    // MOTTO's two phrases open with "C" and "Đ", then an O: a line is scanned for it only there (FirstCharScan).
    static final FirstCharScan.Start MOTTO_START = FirstCharScan.Start.anyOfIgnoringCase("CĐ")
            .thenAnyOfIgnoringCase("OÓÒỎÕỌÔỐỒỔỖỘƠỚỜỞỠỢoóòỏõọôốồổỗộơớờởỡợ");
    private static final Pattern RULE = Pattern.compile("^[\\s_\\-–—=*.o0O]+$");
    private static final Pattern BODY_START = Pattern.compile(
            "(?iu)^(?:căn cứ|kính gửi|thực hiện|theo|nhằm|điều\\s+\\d|chương|phần|trong|xét|để|hôm nay|thời gian|tại|ngày|"
                    + "[ivx]+\\.|\\d+\\.|[a-z]\\)|-\\s|\\+|nơi nhận)");

    /** The whole piece is the motto or one of its two lines. */
    static boolean isMotto(String t) {
        return MOTTO.matcher(t).matches();
    }

    /** The motto is somewhere in the piece. */
    static boolean holdsMotto(String t) {
        return MOTTO.matcher(t).find();
    }

    /** "Độc lập – Tự do – Hạnh phúc", the motto's second line: the header's two columns end under it. */
    static boolean isMottosSecondLine(String t) {
        return Fold.fold(t).startsWith("doc");
    }

    /** A rule under a column: "______", "-------", "=====o0o=====". */
    static boolean isRule(String t) {
        return RULE.matcher(t).matches();
    }

    /** "Căn cứ …", "Kính gửi", "1.", "Điều 1", "Nơi nhận": the body (or the foot) starts here. */
    static boolean opensBody(String t) {
        return BODY_START.matcher(t).find();
    }
}
