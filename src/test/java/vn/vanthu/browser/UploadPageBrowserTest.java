package vn.vanthu.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

import vn.vanthu.extract.TestDocuments;

/**
 * Staff upload files on /upload, logged in (the script sends the CSRF token) or with a token typed
 * in the page (sent as a bearer token): one row per file with its progress and its outcome in Vietnamese.
 */
@BrowserTest
class UploadPageBrowserTest {
    private final BrowserSession session;
    private final Pages pages;

    UploadPageBrowserTest(BrowserSession session) {
        this.session = session;
        this.pages = new Pages(session);
    }

    @AfterEach
    void logOut() {
        pages.driver().manage().deleteAllCookies();
    }

    private String active() {
        return pages.driver().switchTo().activeElement().getAttribute("id");
    }

    private List<WebElement> finished() {
        return pages.all(".upload-item.added, .upload-item.unchanged, .upload-item.failed");
    }

    private void waitForFinished(int n) {
        pages.wait(Duration.ofSeconds(60)).until(d -> finished().size() >= n);
    }

    private WebElement row(String filename) {
        return pages.all(".upload-item").stream()
                .filter(li -> li.findElement(By.cssSelector(".upload-name")).getText().equals(filename))
                .findFirst().orElseThrow(() -> new AssertionError("no row for " + filename));
    }

    @Test
    void loggedInTwoFilesThroughTheFileInputOneAddedOneFailedWithItsReason(@TempDir Path dir) throws IOException {
        Path docx = dir.resolve("tb-123-tai-len-qua-trinh-duyet.docx");
        Files.write(docx, TestDocuments.docx("Thông báo số 123/TB-HĐND về việc thử tải lên qua trình duyệt"));
        Path broken = dir.resolve("bao-cao-hong.pdf");
        Files.write(broken, "%PDF-1.4 tệp hỏng".getBytes(StandardCharsets.UTF_8));

        pages.open("/");
        pages.follow(pages.find("header a[href='/upload']"));
        assertEquals("Tải văn bản lên kho", pages.find("main h1").getText());
        pages.screenshot("upload-anonymous");
        pages.follow(pages.find("main .notice a[href^='/login']"));
        pages.find("#token").sendKeys(BrowserSession.STAFF_TOKEN);
        pages.follow(pages.find("form.login button[type=submit]"));
        assertEquals("/upload", pages.path(), "the login leads back to the upload page");
        assertTrue(pages.all("#token").isEmpty(), "logged in, the page asks for no token");
        assertFalse(pages.find("meta[name=csrf-token]").getAttribute("content").isEmpty(), "the page carries the login's CSRF token");

        pages.driver().executeScript("document.activeElement.blur()");
        Actions keys = new Actions(pages.driver());
        for (int presses = 0; presses < 20 && !"files".equals(active()); presses++) {
            keys.sendKeys(Keys.TAB).perform();
        }
        assertEquals("files", active(), "Tab reaches the file chooser");
        pages.screenshot("upload-focus");
        pages.find("#files").sendKeys(docx + "\n" + broken);
        waitForFinished(2);
        pages.screenshot("upload-results");
        pages.assertNoAlert();
        assertEquals(2, pages.all(".upload-item").size(), "one row per file");

        WebElement added = row(docx.getFileName().toString());
        assertTrue(added.getAttribute("class").contains("added"), added.getText());
        assertTrue(added.getText().contains("Đã thêm vào kho"), added.getText());
        WebElement failed = row(broken.getFileName().toString());
        assertTrue(failed.getAttribute("class").contains("failed"), failed.getText());
        assertTrue(failed.getText().contains("Không thêm được: tệp bị hỏng hoặc không đúng định dạng"), failed.getText());

        pages.follow(added.findElement(By.cssSelector("a.upload-doc")));
        assertTrue(pages.path().startsWith("/documents/"), pages.path());
        assertTrue(pages.bodyText().contains("Thông báo số 123/TB-HĐND về việc thử tải lên qua trình duyệt"), "the new document's text");
        assertTrue(pages.bodyText().contains(docx.getFileName().toString()), "the document page names the original");
    }

    @Test
    void aDroppedFileIsAddedAndDroppedAgainIsAlreadyArchived() {
        pages.open("/upload");
        pages.find("#token").sendKeys(BrowserSession.STAFF_TOKEN);
        String text = "THÔNG BÁO\nVề việc thử kéo thả tệp vào kho lưu trữ văn bản.\n";
        drop("keo-tha.txt", text);
        waitForFinished(1);
        drop("keo-tha-lan-hai.txt", text);
        waitForFinished(2);
        pages.screenshot("upload-dropped");
        assertTrue(row("keo-tha.txt").getText().contains("Đã thêm vào kho"), row("keo-tha.txt").getText());
        WebElement again = row("keo-tha-lan-hai.txt");
        assertTrue(again.getText().contains("Đã có trong kho từ trước"), again.getText());
        assertFalse(again.findElements(By.cssSelector("a.upload-doc")).isEmpty(), "a link to the archived document");
    }

    @Test
    void withoutATokenNothingIsSentAndThePageSaysWhy(@TempDir Path dir) throws IOException {
        Path txt = Files.writeString(dir.resolve("khong-ma.txt"), "Thông báo thử không có mã cán bộ.");
        pages.open("/upload");
        pages.find("#files").sendKeys(txt.toString());
        WebElement error = pages.find("#upload-error");
        pages.wait(Duration.ofSeconds(5)).until(d -> error.isDisplayed());
        assertEquals("Hãy nhập mã truy cập (hoặc đăng nhập) trước khi chọn tệp.", error.getText());
        assertEquals("token", active(), "the token field gets the focus");
        assertTrue(pages.all(".upload-item").isEmpty());

        pages.find("#token").sendKeys("not-a-staff-token");
        pages.find("#files").sendKeys(txt.toString());
        waitForFinished(1);
        pages.screenshot("upload-wrong-token");
        assertTrue(row("khong-ma.txt").getText().contains("mã truy cập không đúng"), row("khong-ma.txt").getText());
    }

    @Test
    void theScriptIsAStaticFileUnderTheContentSecurityPolicy() throws Exception {
        pages.open("/upload");
        assertEquals(0L, pages.driver().executeScript("return document.querySelectorAll('script:not([src])').length"),
                "no inline script: the CSP would block it");
        assertEquals(Boolean.TRUE, pages.driver().executeScript("return document.getElementById('upload').dataset.maxBytes > 0"));
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(session.url("/upload"))).build(),
                HttpResponse.BodyHandlers.ofString());
        String csp = page.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(csp.contains("default-src 'self'") && !csp.contains("script-src 'unsafe-inline'"), csp);
        HttpResponse<String> script = http.send(HttpRequest.newBuilder(URI.create(session.url("/static/upload.js"))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, script.statusCode());
        assertTrue(script.headers().firstValue("Content-Type").orElse("").contains("javascript"), script.headers().toString());
        assertEquals("nosniff", script.headers().firstValue("X-Content-Type-Options").orElse(""), "static files carry the headers too");
        HttpResponse<String> missing = http.send(HttpRequest.newBuilder(URI.create(session.url("/static/nothing.js"))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(404, missing.statusCode());
    }

    /** Drops a file on the drop zone as a person's drag and drop does (Selenium cannot drag from the desktop). */
    private void drop(String filename, String text) {
        pages.driver().executeScript("""
                const dt = new DataTransfer();
                dt.items.add(new File([arguments[1]], arguments[0], {type: 'text/plain'}));
                const zone = document.getElementById('dropzone');
                for (const type of ['dragenter', 'dragover', 'drop']) {
                  zone.dispatchEvent(new DragEvent(type, {bubbles: true, cancelable: true, dataTransfer: dt}));
                }""", filename, text);
    }
}
