package vn.vanthu.browser;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A class of tests in a real browser: tagged {@code browser} (run them alone with
 * {@code mvn test -Dgroups=browser} or {@code -Dtest='*BrowserTest'}), skipped where no chromium is
 * installed, given the one {@link BrowserSession} the whole run shares.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("browser")
@ExtendWith(BrowserSessionExtension.class)
@interface BrowserTest {
}
