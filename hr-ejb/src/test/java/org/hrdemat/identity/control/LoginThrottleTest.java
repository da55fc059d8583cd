package org.hrdemat.identity.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private final LoginThrottle throttle = new LoginThrottle();
    private final Instant t0 = Instant.parse("2026-12-03T08:00:00Z");

    private boolean fail(String login, String address, Instant at) {
        LoginThrottle.Admission a = throttle.admit(login, address, at);
        if (a.admitted()) {
            throttle.done(login, address, false, at);
        }
        return a.admitted();
    }

    @Test
    void fiveFreeFailuresThenAGrowingDelayForThatAddressOnly() {
        for (int i = 0; i < LoginThrottle.FREE_FAILURES_PER_LOGIN; i++) {
            assertTrue(fail("rh", "10.0.0.66", t0.plusMillis(i)), "failure " + (i + 1) + " is checked");
        }
        Instant after = t0.plusMillis(10);
        LoginThrottle.Admission refused = throttle.admit("rh", "10.0.0.66", after);
        assertFalse(refused.admitted(), "the sixth attempt from that address waits");
        assertTrue(refused.retryAfter().compareTo(Duration.ofSeconds(1)) <= 0 && !refused.retryAfter().isZero());
        // the real user, from elsewhere, is not slowed down
        assertTrue(throttle.admit("rh", "192.0.2.10", after).admitted());
        throttle.done("rh", "192.0.2.10", true, after);
        assertTrue(throttle.slowedDown("rh", after));
        assertTrue(throttle.slowedDown("rh", t0.plusSeconds(60)), "still, for the administrator, once the wait is over");
        assertFalse(throttle.slowedDown("rh", t0.plus(LoginThrottle.WINDOW).plusSeconds(1)), "forgotten");
        // once the delay has passed, one more check; each further failure doubles the wait
        Instant later = t0.plusSeconds(2);
        assertTrue(fail("rh", "10.0.0.66", later));
        LoginThrottle.Admission doubled = throttle.admit("rh", "10.0.0.66", later);
        assertFalse(doubled.admitted());
        assertEquals(Duration.ofSeconds(2), doubled.retryAfter());
    }

    @Test
    void theDelayIsBoundedAndForgottenAfterTheWindow() {
        Instant at = t0;
        for (int i = 0; i < 40; i++) {
            LoginThrottle.Admission a = throttle.admit("x", "10.0.0.1", at);
            if (a.admitted()) {
                throttle.done("x", "10.0.0.1", false, at);
            } else {
                assertTrue(a.retryAfter().compareTo(LoginThrottle.MAX_DELAY) <= 0, a.toString());
                at = at.plus(a.retryAfter());
            }
        }
        LoginThrottle.Admission last = throttle.admit("x", "10.0.0.1", at);
        if (last.admitted()) {
            throttle.done("x", "10.0.0.1", false, at);
        }
        assertTrue(throttle.slowedDown("x", at));
        assertEquals(LoginThrottle.MAX_DELAY, throttle.admit("x", "10.0.0.1", at).retryAfter(), "at most 15 minutes");
        Instant forgotten = at.plus(LoginThrottle.WINDOW).plusSeconds(1);
        assertTrue(throttle.admit("x", "10.0.0.1", forgotten).admitted(), "forgotten after the window");
    }

    @Test
    void aSuccessForgetsThePairAndAnAdministratorLiftsEveryDelay() {
        for (int i = 0; i < 4; i++) {
            fail("agent", "10.0.0.2", t0);
        }
        assertTrue(throttle.admit("agent", "10.0.0.2", t0).admitted());
        throttle.done("agent", "10.0.0.2", true, t0);
        for (int i = 0; i < 4; i++) {
            assertTrue(fail("agent", "10.0.0.2", t0), "counted again from zero");
        }
        for (int i = 0; i < 6; i++) {
            fail("agent", "10.0.0.3", t0);
        }
        assertFalse(throttle.admit("agent", "10.0.0.3", t0).admitted());
        throttle.clear("agent");
        assertFalse(throttle.slowedDown("agent", t0));
        assertTrue(throttle.admit("agent", "10.0.0.3", t0).admitted());
    }

    @Test
    void oneAddressTryingManyLoginsIsSlowedDownAndUnknownLoginsCountAlike() {
        for (int i = 0; i < LoginThrottle.FREE_FAILURES_PER_ADDRESS; i++) {
            assertTrue(fail("nobody" + i, "10.0.0.9", t0));
        }
        LoginThrottle.Admission a = throttle.admit("rh", "10.0.0.9", t0);
        assertFalse(a.admitted(), "spraying from one address");
        assertTrue(a.retryAfter().compareTo(LoginThrottle.MAX_ADDRESS_DELAY) <= 0);
        assertTrue(throttle.admit("rh", "10.0.0.10", t0).admitted(), "another address is not");
    }

    @Test
    void anAddressRunsAFewChecksAtOnceAndOnlyTwoOnceItFailed() {
        for (int i = 0; i < LoginThrottle.CHECKS_IN_FLIGHT; i++) {
            assertTrue(throttle.admit("p" + i, "10.0.0.5", t0).admitted(), "people behind one router");
        }
        assertFalse(throttle.admit("c", "10.0.0.5", t0).admitted(), "one more in flight is refused at once");
        assertTrue(throttle.admit("c", "10.0.0.6", t0).admitted(), "another address is not");
        for (int i = 0; i < LoginThrottle.CHECKS_IN_FLIGHT; i++) {
            throttle.done("p" + i, "10.0.0.5", i > 0, t0); // the first one failed
        }
        assertTrue(throttle.admit("a", "10.0.0.5", t0).admitted());
        assertTrue(throttle.admit("b", "10.0.0.5", t0).admitted());
        assertFalse(throttle.admit("c", "10.0.0.5", t0).admitted(), "two at once after a failure");
        throttle.done("a", "10.0.0.5", true, t0);
        assertTrue(throttle.admit("c", "10.0.0.5", t0).admitted());
    }

    @Test
    void memoryStaysBounded() {
        Instant at = t0;
        for (int i = 0; i < LoginThrottle.MAX_ENTRIES + 10; i++) {
            LoginThrottle.Admission a = throttle.admit("l" + i, "a" + i, at);
            throttle.done("l" + i, "a" + i, false, at);
            at = at.plusMillis(5);
        }
        assertTrue(throttle.size() <= 2 * LoginThrottle.MAX_ENTRIES, "entries: " + throttle.size());
    }

    @Test
    void checksThatCostNothingAreSlowedDownByTheirFailuresWithoutCountingInFlight() {
        for (int i = 0; i < 100; i++) {
            assertTrue(throttle.waitBefore(" token", "10.0.0.9", t0).isZero(), "never refused for being many");
        }
        for (int i = 0; i < LoginThrottle.FREE_FAILURES_PER_LOGIN; i++) {
            throttle.failed(" token", "10.0.0.9", t0);
        }
        assertEquals(Duration.ofSeconds(1), throttle.waitBefore(" token", "10.0.0.9", t0));
        assertTrue(throttle.waitBefore(" token", "10.0.0.10", t0).isZero(), "another address");
        assertTrue(throttle.admit("rh", "10.0.0.9", t0).admitted(), "a password from there still counts apart");
    }
}
