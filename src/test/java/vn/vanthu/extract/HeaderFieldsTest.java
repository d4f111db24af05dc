package vn.vanthu.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.vanthu.config.IndexConfig;
import vn.vanthu.document.DocumentMetadata;
import vn.vanthu.document.SignatureBlock;
import vn.vanthu.document.TermYears;

/** "Kính gửi:", "Nơi nhận:", the signature block and the term's years, in the layouts the formats give. */
class HeaderFieldsTest {

    private static final MetadataParser PARSER = new MetadataParser(IndexConfig.bundled());

    private static final String HEAD = "THƯỜNG TRỰC HĐND\nHUYỆN KHOA\nSố: 28/CV-HĐND\nV/v chuẩn bị nội dung kỳ họp\n"
            + "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nKhoa, ngày 19 tháng 5 năm 2017\n\n";

    private static SignatureBlock.Authority auth(String prefix, String body) {
        return new SignatureBlock.Authority(prefix, body);
    }

    @Test
    void kinhGuiOnOneLine() {
        DocumentMetadata m = PARSER.parse(HEAD + "Kính gửi: Thường trực Huyện ủy Khoa.\n\nCăn cứ Luật Tổ chức chính quyền địa phương;\n");
        assertEquals(List.of("Thường trực Huyện ủy Khoa"), m.recipients());
    }

    @Test
    void kinhGuiWrappedOntoTheNextLine() {
        DocumentMetadata m = PARSER.parse(HEAD + "Kính gửi: Hội đồng nhân dân huyện Khoa khóa XI,\nkỳ họp thứ ba.\n\nCăn cứ Luật;\n");
        assertEquals(List.of("Hội đồng nhân dân huyện Khoa khóa XI, kỳ họp thứ ba"), m.recipients());
    }

    @Test
    void kinhGuiAsADashListStartingOnItsLine() {
        DocumentMetadata m = PARSER.parse(HEAD + "                              Kính gửi: - UBND huyện;\n"
                + "                        - TAND, VKSND, Chi cục THADS huyện;\n"
                + "                   - Ban Thường trực Uỷ ban MTTQ Việt Nam huyện.\n\nCăn cứ Nghị quyết số 16/2016/NQ-HĐND;\n");
        assertEquals(List.of("UBND huyện", "TAND, VKSND, Chi cục THADS huyện", "Ban Thường trực Uỷ ban MTTQ Việt Nam huyện"),
                m.recipients());
    }

    @Test
    void kinhGuiAsADashListBelowIt() {
        DocumentMetadata m = PARSER.parse(HEAD + "\tKính gửi:\n\t- Các Ban HĐND huyện;\n\t- Các Tổ đại biểu HĐND\nhuyện;\n"
                + "\t- Ủy ban nhân dân huyện.\nThực hiện chương trình công tác năm 2017,\n");
        assertEquals(List.of("Các Ban HĐND huyện", "Các Tổ đại biểu HĐND huyện", "Ủy ban nhân dân huyện"), m.recipients());
    }

    @Test
    void kinhGuiQuotedDeepInTheBodyIsNotTheDocumentsOwn() {
        String body = "Nội dung báo cáo dài. ".repeat(400);
        DocumentMetadata m = PARSER.parse(HEAD + body + "\nKính gửi: Ủy ban nhân dân tỉnh\n");
        assertEquals(List.of(), m.recipients());
    }

    @Test
    void noiNhanInADocxTableWithTheSignatureColumnAfterIt() {
        String text = HEAD + "Nội dung.\n\tNơi nhận:\n- TTr. HĐND tỉnh (b/c);\n- Các Ban, các Tổ đại biểu HĐND\nhuyện;\n- Lưu: VT, HĐND.\n"
                + "\tTM. THƯỜNG TRỰC HĐND\nCHỦ TỊCH\n\n(Đã ký)\n\nNguyễn Thanh Bình\n";
        DocumentMetadata m = PARSER.parse(text);
        assertEquals(List.of("TTr. HĐND tỉnh (b/c)", "Các Ban, các Tổ đại biểu HĐND huyện", "Lưu: VT, HĐND"), m.distribution());
        assertEquals(Optional.of(new SignatureBlock(List.of(auth("TM.", "THƯỜNG TRỰC HĐND")), Optional.of("CHỦ TỊCH"),
                Optional.of("Nguyễn Thanh Bình"))), m.signature());
    }

    @Test
    void noiNhanBesideTheSignatureInPlainText() {
        String text = HEAD + "Nội dung.\n\nNơi nhận:                               TL. THƯỜNG TRỰC HĐND\n"
                + "- Như trên;                             CHÁNH VĂN PHÒNG HĐND VÀ UBND\n"
                + "- TTr. HĐND huyện;\n- Lưu: VT.                              (Đã ký)\n"
                + "                                        Trần Quốc Việt\n";
        DocumentMetadata m = PARSER.parse(text);
        assertEquals(List.of("Như trên", "TTr. HĐND huyện", "Lưu: VT"), m.distribution());
        assertEquals(Optional.of(new SignatureBlock(List.of(auth("TL.", "THƯỜNG TRỰC HĐND")),
                Optional.of("CHÁNH VĂN PHÒNG HĐND VÀ UBND"), Optional.of("Trần Quốc Việt"))), m.signature());
    }

    @Test
    void pdfRunsTheColumnsTogetherWithOneSpace() {
        String text = HEAD + "Nội dung.\n\nNơi nhận: TM. ỦY BAN NHÂN DÂN\n\n\f\n- Như trên; KT. CHỦ TỊCH\n- TTr. HĐND huyện; PHÓ CHỦ TỊCH\n"
                + "- Lưu: VT. (Đã ký)\n\nTrương Công Minh\n";
        DocumentMetadata m = PARSER.parse(text);
        assertEquals(List.of("Như trên", "TTr. HĐND huyện", "Lưu: VT"), m.distribution());
        assertEquals(Optional.of(new SignatureBlock(List.of(auth("TM.", "ỦY BAN NHÂN DÂN"), auth("KT.", "CHỦ TỊCH")),
                Optional.of("PHÓ CHỦ TỊCH"), Optional.of("Trương Công Minh"))), m.signature());
        assertEquals(Optional.of("Trương Công Minh"), m.signer());
    }

    @Test
    void anAuthorityBodyWrappedOverTwoLines() {
        String text = HEAD + "Nội dung.\nNơi nhận:\n- Lưu: VT.\nTM. BAN THƯỜNG TRỰC\nỦY BAN MTTQ VIỆT NAM HUYỆN\nPHÓ CHỦ TỊCH\n\nVõ Thị Lan\n";
        assertEquals(Optional.of(new SignatureBlock(List.of(auth("TM.", "BAN THƯỜNG TRỰC ỦY BAN MTTQ VIỆT NAM HUYỆN")),
                Optional.of("PHÓ CHỦ TỊCH"), Optional.of("Võ Thị Lan"))), PARSER.parse(text).signature());
    }

    @Test
    void aResolutionSignedByThePresidentAloneAndADraftWithoutAName() {
        String signed = HEAD + "Nội dung.\n\tNơi nhận:\n- Lưu: VT.\n\tCHỦ TỊCH\n(Đã ký)\nNguyễn Thanh Bình\n";
        assertEquals(Optional.of(new SignatureBlock(List.of(), Optional.of("CHỦ TỊCH"), Optional.of("Nguyễn Thanh Bình"))),
                PARSER.parse(signed).signature());
        String draft = HEAD + "Nội dung.\n\tNơi nhận:\n- Lưu: VT.\n\tCHỦ TỊCH\n";
        assertEquals(Optional.of(new SignatureBlock(List.of(), Optional.of("CHỦ TỊCH"), Optional.empty())),
                PARSER.parse(draft).signature());
        // A bare name is the signer only; there is no block to show.
        String nameOnly = HEAD + "Nội dung.\nNơi nhận:\n- Lưu: VT.\n\n\nLê Minh Nhựt\n";
        assertEquals(Optional.empty(), PARSER.parse(nameOnly).signature());
        assertEquals(Optional.of("Lê Minh Nhựt"), PARSER.parse(nameOnly).signer());
    }

    @Test
    void noFooterReadsAsNothing() {
        DocumentMetadata m = PARSER.parse(HEAD + "Kính đề nghị Thường trực Huyện ủy quan tâm, cho ý kiến chỉ đạo./.\n");
        assertEquals(List.of(), m.distribution());
        assertEquals(Optional.empty(), m.signature());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "Chuẩn bị kỳ họp thứ hai HĐND huyện khóa XI, nhiệm kỳ 2016 – 2021|2016|2021",
            "Chuẩn bị kỳ họp thứ hai HĐND huyện khóa XI, nhiệm kỳ 2016-2021|2016|2021",
            "Chuẩn bị kỳ họp thứ nhất HĐND huyện khóa XII, nhiệm kỳ 2021 - 2026|2021|2026",
            "CHƯƠNG TRÌNH HOẠT ĐỘNG NHIỆM KỲ 2021—2026|2021|2026",
            "Về kế hoạch đầu tư công trung hạn giai đoạn 2016 – 2020|-|-",
            "Tổng kết nhiệm kỳ 2016 – 2031|-|-",
    })
    void termYearsInTheTitle(String title, Integer from, Integer to) {
        String text = "HĐND HUYỆN KHOA\nSố: 22/KH-HĐND\nKhoa, ngày 20 tháng 6 năm 2016\nKẾ HOẠCH\n" + title + "\n\nThực hiện chương trình.\n";
        DocumentMetadata m = PARSER.parse(text);
        assertEquals(Optional.ofNullable(from).map(f -> new TermYears(f, to)), m.termYears(), title);
    }

    @Test
    void termYearsFromTheOpeningWhenTheTitleHasNone() {
        String text = "HĐND HUYỆN KHOA\nSố: 32/BC-HĐND\nKhoa, ngày 05 tháng 8 năm 2016\nBÁO CÁO\nRút kinh nghiệm kỳ họp thứ hai\n\n"
                + "Nhằm nâng cao chất lượng các kỳ họp của HĐND huyện trong nhiệm kỳ 2016 – 2021, Thường trực báo cáo như sau:\n";
        assertEquals(Optional.of(new TermYears(2016, 2021)), PARSER.parse(text).termYears());
        String late = "HĐND HUYỆN KHOA\nSố: 32/BC-HĐND\nKhoa, ngày 05 tháng 8 năm 2016\nBÁO CÁO\nRút kinh nghiệm kỳ họp thứ hai\n\n"
                + "Nội dung. ".repeat(400) + "So với nhiệm kỳ 2011 – 2016, số đại biểu tăng.\n";
        assertEquals(Optional.empty(), PARSER.parse(late).termYears());
    }

    @Test
    void aTermClosingACitedDocumentsDescriptionIsNotThisDocumentsTerm() {
        String text = "HĐND HUYỆN KHOA\nSố: 09/2017/NQ-HĐND\nKhoa, ngày 14 tháng 7 năm 2017\nNGHỊ QUYẾT\nQuy định mức chi\n\n"
                + "Nghị quyết này thay thế Nghị quyết số 06/2016/NQ-HĐND ngày 22/7/2016 của HĐND huyện về mức chi bảo đảm "
                + "hoạt động của HĐND huyện Khoa nhiệm kỳ 2016 – 2021.\n";
        assertEquals(Optional.empty(), PARSER.parse(text).termYears());
    }

    @Test
    void aFormsBlankAddresseeNamesNoOne() {
        DocumentMetadata m = PARSER.parse(HEAD + "Kính gửi:  ………………………………………… \nĐể chuẩn bị các nội dung, HĐND huyện tổ chức cuộc họp.\n");
        assertEquals(List.of(), m.recipients());
    }
}
