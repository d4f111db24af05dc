package vn.vanthu.browser;

import java.nio.charset.StandardCharsets;

/**
 * The hostile document the browser tests ingest beside the samples: markup in its title, in a
 * sentence citing 40/KH-HĐND (so it reaches the trace page) and in its body. Every page must show
 * it as text.
 */
final class Hostile {
    static final String SCRIPT = "<script>alert(1)</script>";
    static final String IMG = "\"><img src=x onerror=alert(1)>";
    static final String NUMBER = "99/TB-HĐND";
    static final String FILENAME = "tb-99-kiem-thu-ky-tu-dac-biet.txt";
    /** A phrase only this document holds, to find it by search. */
    static final String PHRASE = "kiểm thử ký tự đặc biệt";

    private Hostile() {
    }

    static byte[] text() {
        String t = String.join("\n",
                "HĐND HUYỆN KHOA                             CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "THƯỜNG TRỰC                                 Độc lập - Tự do - Hạnh phúc",
                "Số: " + NUMBER + "                              Khoa, ngày 15 tháng 12 năm 2016",
                "",
                "                                      THÔNG BÁO",
                "        Về việc " + PHRASE + " " + SCRIPT + " và " + IMG,
                "",
                "Thực hiện Kế hoạch số 40/KH-HĐND ngày 14/11/2016 của Thường trực HĐND huyện, " + PHRASE + " "
                        + SCRIPT + " " + IMG + " trong câu dẫn chiếu.",
                "",
                "Nội dung " + PHRASE + " trong thân văn bản: " + SCRIPT + " và " + IMG + ".",
                "",
                "Nơi nhận:                               TM. THƯỜNG TRỰC HĐND",
                "- Lưu: VT.                              (Đã ký)",
                "",
                "                                        Trần Quốc Việt",
                "");
        return t.getBytes(StandardCharsets.UTF_8);
    }
}
