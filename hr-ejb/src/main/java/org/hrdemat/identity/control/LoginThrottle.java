package org.hrdemat.identity.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The brute-force guard of every password check, decided before any password is hashed. It slows down whoever
 * fails, never the account: a login tried from one address gets a growing delay after
 * {@link #FREE_FAILURES_PER_LOGIN} failures there, an address trying many logins after
 * {@link #FREE_FAILURES_PER_ADDRESS}; the same login from another address is not slowed down, so an attacker
 * cannot lock the real user out. An address has at most {@link #CHECKS_IN_FLIGHT} password checks running at once,
 * {@link #SUSPECT_CHECKS_IN_FLIGHT} once it has failed lately (the others are refused at once, not queued), so
 * that one client cannot take the processors or the server's threads from everybody.
 * Unknown logins are treated exactly as known ones. Kept in memory, per server.
 */
@ApplicationScoped
public class LoginThrottle {

    public static final int FREE_FAILURES_PER_LOGIN = 5;
    /** Many people may share an address (a town hall behind one router): a higher bound, a shorter delay. */
    public static final int FREE_FAILURES_PER_ADDRESS = 50;
    /** Several people behind one router, or an integration's parallel calls. */
    public static final int CHECKS_IN_FLIGHT = 8;
    public static final int SUSPECT_CHECKS_IN_FLIGHT = 2;
    /** Failures older than this are forgotten. */
    public static final Duration WINDOW = Duration.ofMinutes(15);
    /** The longest delay between two attempts at one login from one address. */
    public static final Duration MAX_DELAY = Duration.ofMinutes(15);
    /** The longest delay between two attempts from one address. */
    public static final Duration MAX_ADDRESS_DELAY = Duration.ofMinutes(1);
    /** Entries kept at most (each a few dozen bytes); beyond, the forgotten ones go first, then the oldest. */
    static final int MAX_ENTRIES = 200_000;

    /** Failures of one login from one address, or of one address. */
    record Failures(int count, Instant last) {
    }

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> inFlight = new ConcurrentHashMap<>();

    /** The answer to an attempt: admitted (then {@link #done} must follow), or refused for a while. */
    public record Admission(boolean admitted, Duration retryAfter) {
        static final Admission ADMITTED = new Admission(true, Duration.ZERO);
    }

    /**
     * Whether a password check may run now for this login from this address. An admitted attempt counts as in
     * flight until {@link #done}.
     */
    public Admission admit(String login, String address, Instant now) {
        Duration wait = waitBefore(login, address, now);
        if (!wait.isZero()) {
            return new Admission(false, wait);
        }
        AtomicInteger running = inFlight.computeIfAbsent(address(address), k -> new AtomicInteger());
        Failures lately = failures.get(address(address));
        int most = lately != null && !lately.last().plus(WINDOW).isBefore(now) ? SUSPECT_CHECKS_IN_FLIGHT
                : CHECKS_IN_FLIGHT;
        if (running.incrementAndGet() > most) {
            running.decrementAndGet();
            return new Admission(false, Duration.ofSeconds(1));
        }
        return Admission.ADMITTED;
    }

    /**
     * How long this login must wait from this address before it is tried again (zero: now). For checks that cost
     * nothing (API tokens), asked instead of {@link #admit}: they are not counted in flight.
     */
    public Duration waitBefore(String login, String address, Instant now) {
        return max(delay(pair(login, address), FREE_FAILURES_PER_LOGIN, MAX_DELAY, now),
                delay(address(address), FREE_FAILURES_PER_ADDRESS, MAX_ADDRESS_DELAY, now));
    }

    /** The end of an admitted attempt: a success forgets this login's failures from this address. */
    public void done(String login, String address, boolean succeeded, Instant now) {
        inFlight.computeIfPresent(address(address), (k, n) -> n.decrementAndGet() <= 0 ? null : n);
        if (succeeded) {
            failures.remove(pair(login, address));
            return;
        }
        failed(login, address, now);
    }

    /** Counts a failure of this login from this address (for checks that were not {@link #admit admitted}). */
    public void failed(String login, String address, Instant now) {
        if (failures.size() >= MAX_ENTRIES) {
            forget(now);
        }
        count(pair(login, address), now);
        count(address(address), now);
    }

    /** An administrator lifts the delays of a login, from every address. */
    public void clear(String login) {
        String prefix = "L\u0000" + login + "\u0000";
        failures.keySet().removeIf(k -> k.startsWith(prefix));
    }

    /**
     * Whether failures slow down the attempts at this login from some address: past the free failures there,
     * within the window (each further failure waits, even once the current wait is over).
     */
    public boolean slowedDown(String login, Instant now) {
        String prefix = "L\u0000" + login + "\u0000";
        return failures.entrySet().stream().filter(e -> e.getKey().startsWith(prefix))
                .anyMatch(e -> e.getValue().count() >= FREE_FAILURES_PER_LOGIN
                        && !e.getValue().last().plus(WINDOW).isBefore(now));
    }

    private void count(String key, Instant now) {
        failures.compute(key, (k, f) -> f == null || f.last().plus(WINDOW).isBefore(now) ? new Failures(1, now)
                : new Failures(f.count() + 1, now));
    }

    private Duration delay(String key, int free, Duration most, Instant now) {
        Failures f = failures.get(key);
        return f == null ? Duration.ZERO : delayOf(f, free, most, now);
    }

    /** Nothing for the free failures, then 1 s, 2 s, 4 s... after the last one, at most {@code most}. */
    static Duration delayOf(Failures f, int free, Duration most, Instant now) {
        Instant last = f.last();
        int count = f.count();
        if (count < free || last.plus(WINDOW).isBefore(now)) {
            return Duration.ZERO;
        }
        int doublings = Math.min(count - free, 20);
        Duration delay = Duration.ofSeconds(1L << doublings);
        if (delay.compareTo(most) > 0) {
            delay = most;
        }
        Duration left = Duration.between(now, last.plus(delay));
        return left.isNegative() ? Duration.ZERO : left;
    }

    /** Drops what the window has forgotten; if that is not enough, everything older than a minute. */
    private void forget(Instant now) {
        failures.values().removeIf(f -> f.last().plus(WINDOW).isBefore(now));
        if (failures.size() >= MAX_ENTRIES) {
            failures.values().removeIf(f -> f.last().plus(Duration.ofMinutes(1)).isBefore(now));
        }
    }

    int size() {
        return failures.size();
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private static String pair(String login, String address) {
        return "L\u0000" + login + "\u0000" + address;
    }

    private static String address(String address) {
        return "A\u0000" + address;
    }
}
