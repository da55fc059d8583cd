package org.hrdemat.identity.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ApiTokenTest {

    private static final Instant T0 = Instant.parse("2027-01-04T08:00:00Z");

    private static ApiToken token(UserAccount account, Duration life) {
        return new ApiToken(account, " Tableur RH ", "d".repeat(64), "hrd_abcdef", true, T0, T0.plus(life));
    }

    @Test
    void usableUntilItExpiresIsRevokedOrItsAccountIsDeactivated() {
        UserAccount account = new UserAccount("agent", "hash");
        ApiToken t = token(account, Duration.ofDays(30));
        assertEquals("Tableur RH", t.getName());
        assertTrue(t.usableAt(T0));
        assertTrue(t.usableAt(T0.plus(Duration.ofDays(30)).minusMillis(1)));
        assertFalse(t.usableAt(T0.plus(Duration.ofDays(30))), "expired");
        account.deactivate();
        assertFalse(t.usableAt(T0), "account deactivated");
        account.activate();
        assertTrue(t.revoke(T0.plusSeconds(5)));
        assertFalse(t.revoke(T0.plusSeconds(9)), "revoked once");
        assertEquals(T0.plusSeconds(5), t.getRevokedAt());
        assertFalse(t.usableAt(T0.plusSeconds(6)));
    }

    @Test
    void aLifeMustBePositiveAndAtMostAYearAndTheNameGiven() {
        UserAccount account = new UserAccount("agent", "hash");
        assertThrows(IllegalArgumentException.class, () -> token(account, Duration.ZERO));
        assertThrows(IllegalArgumentException.class, () -> token(account, ApiToken.LONGEST_LIFE.plusSeconds(1)));
        assertThrows(IllegalArgumentException.class, () -> new ApiToken(account, " ", "d", "h", false, T0,
                T0.plusSeconds(60)));
        token(account, ApiToken.LONGEST_LIFE);
    }

    @Test
    void aUseIsWrittenAtMostOnceAMinute() {
        ApiToken t = token(new UserAccount("agent", "hash"), Duration.ofDays(1));
        assertTrue(t.recordUse(T0, "10.0.0.1"));
        assertFalse(t.recordUse(T0.plusSeconds(59), "10.0.0.2"), "nothing written within the minute");
        assertEquals("10.0.0.1", t.getLastUsedFrom());
        assertTrue(t.recordUse(T0.plusSeconds(60), "10.0.0.2"));
        assertEquals(T0.plusSeconds(60), t.getLastUsedAt());
        assertEquals("10.0.0.2", t.getLastUsedFrom());
    }
}
