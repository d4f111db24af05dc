package vn.vanthu.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

/**
 * Slows down guessing at the login form: after {@code maxFailures} failed logins from one address
 * within {@code window}, further attempts from it are refused (429) until the oldest failure
 * leaves the window. Kept in memory: a restart forgives, which costs a guesser only a little.
 */
final class LoginThrottle {
    /** Addresses remembered at most; past it, those whose failures are all old are forgotten first. */
    private static final int MAX_ADDRESSES = 10_000;

    private final int maxFailures;
    private final Duration window;
    private final Clock clock;
    private final Map<String, Deque<Instant>> failures = new HashMap<>();

    LoginThrottle(int maxFailures, Duration window, Clock clock) {
        this.maxFailures = maxFailures;
        this.window = window;
        this.clock = clock;
    }

    /** 10 failures a minute per address. */
    static LoginThrottle standard() {
        return new LoginThrottle(10, Duration.ofMinutes(1), Clock.systemUTC());
    }

    /** Seconds until this address may try again; 0 when it may now. */
    synchronized long retryAfterSeconds(String address) {
        Deque<Instant> recent = recent(address);
        if (recent.size() < maxFailures) {
            return 0;
        }
        Duration wait = Duration.between(clock.instant(), recent.peekFirst().plus(window));
        return Math.max(1, (wait.toMillis() + 999) / 1000);
    }

    synchronized void failed(String address) {
        if (failures.size() >= MAX_ADDRESSES && !failures.containsKey(address)) {
            forgetOld();
        }
        failures.computeIfAbsent(address, a -> new ArrayDeque<>()).addLast(clock.instant());
        Deque<Instant> recent = recent(address);
        while (recent.size() > maxFailures) {
            recent.removeFirst();
        }
    }

    /** The failures of an address still inside the window, oldest first. */
    private Deque<Instant> recent(String address) {
        Deque<Instant> times = failures.getOrDefault(address, new ArrayDeque<>());
        Instant since = clock.instant().minus(window);
        while (!times.isEmpty() && !times.peekFirst().isAfter(since)) {
            times.removeFirst();
        }
        return times;
    }

    private void forgetOld() {
        Instant since = clock.instant().minus(window);
        for (Iterator<Deque<Instant>> it = failures.values().iterator(); it.hasNext(); ) {
            Deque<Instant> times = it.next();
            if (times.isEmpty() || !times.peekLast().isAfter(since)) {
                it.remove();
            }
        }
        if (failures.size() >= MAX_ADDRESSES) {
            failures.clear(); // a flood from many addresses: forgetting beats running out of memory
        }
    }
}
