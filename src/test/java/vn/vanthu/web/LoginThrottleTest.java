package vn.vanthu.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import vn.vanthu.access.MutableClock;

class LoginThrottleTest {
    @Test
    void tenFailuresAMinuteBlockAnAddressUntilTheOldestLeavesTheWindow() {
        MutableClock clock = new MutableClock(Instant.parse("2026-11-27T01:00:00Z"));
        LoginThrottle throttle = new LoginThrottle(10, Duration.ofMinutes(1), clock);
        for (int i = 0; i < 10; i++) {
            assertEquals(0, throttle.retryAfterSeconds("10.0.0.1"), "attempt " + (i + 1));
            throttle.failed("10.0.0.1");
            clock.advance(Duration.ofSeconds(2));
        }
        assertEquals(40, throttle.retryAfterSeconds("10.0.0.1"), "the first failure leaves the window in 40 s");
        assertEquals(0, throttle.retryAfterSeconds("10.0.0.2"), "other addresses are not affected");
        clock.advance(Duration.ofSeconds(40));
        assertEquals(0, throttle.retryAfterSeconds("10.0.0.1"));
        throttle.failed("10.0.0.1");
        assertEquals(2, throttle.retryAfterSeconds("10.0.0.1"), "ten failures in the last minute again");
    }
}
