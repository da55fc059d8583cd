package org.hrdemat.identity.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class UserAccountLockoutTest {

    private final Instant t0 = Instant.parse("2027-03-01T08:00:00Z");

    private UserAccount account() {
        return new UserAccount("agent", "hash");
    }

    @Test
    void fourFailuresDoNotLock() {
        UserAccount a = account();
        for (int i = 0; i < 4; i++) {
            a.recordFailedLogin(t0.plusSeconds(i * 60));
        }
        assertFalse(a.isLocked(t0.plusSeconds(240)));
    }

    @Test
    void fifthFailureWithinFifteenMinutesLocksForFifteenMinutes() {
        UserAccount a = account();
        for (int i = 0; i < 5; i++) {
            a.recordFailedLogin(t0.plus(Duration.ofMinutes(i * 3)));
        }
        Instant fifth = t0.plus(Duration.ofMinutes(12));
        assertTrue(a.isLocked(fifth));
        assertTrue(a.isLocked(fifth.plus(Duration.ofMinutes(14))));
        assertFalse(a.isLocked(fifth.plus(Duration.ofMinutes(15))));
    }

    @Test
    void failuresSpreadOverMoreThanTheWindowDoNotLock() {
        UserAccount a = account();
        for (int i = 0; i < 5; i++) {
            a.recordFailedLogin(t0.plus(Duration.ofMinutes(i * 5)));
        }
        assertFalse(a.isLocked(t0.plus(Duration.ofMinutes(20))));
    }

    @Test
    void successResetsTheCount() {
        UserAccount a = account();
        for (int i = 0; i < 4; i++) {
            a.recordFailedLogin(t0);
        }
        a.recordSuccessfulLogin(t0.plusSeconds(1));
        a.recordFailedLogin(t0.plusSeconds(2));
        assertFalse(a.isLocked(t0.plusSeconds(3)));
        assertEquals(1, a.getFailedLogins());
    }

    @Test
    void unlockLiftsTheLockAtOnce() {
        UserAccount a = account();
        for (int i = 0; i < 5; i++) {
            a.recordFailedLogin(t0);
        }
        a.unlock();
        assertFalse(a.isLocked(t0.plusSeconds(1)));
    }

    @Test
    void loginsAreNormalisedAndChecked() {
        assertEquals("jean.dupont", UserAccount.normaliseLogin("  Jean.Dupont "));
        assertThrows(IllegalArgumentException.class, () -> UserAccount.normaliseLogin("a b"));
        assertThrows(IllegalArgumentException.class, () -> UserAccount.normaliseLogin("x"));
    }
}
