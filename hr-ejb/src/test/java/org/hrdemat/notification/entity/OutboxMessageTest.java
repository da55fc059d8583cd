package org.hrdemat.notification.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class OutboxMessageTest {

    private static final Instant T0 = Instant.parse("2026-12-03T08:00:00Z");

    @Test
    void aMessageHoldingACodeForgetsItOnceSent() {
        OutboxMessage m = new OutboxMessage("luc@example.org", "Votre code de signature", "Votre code est : 482913.", T0);
        m.holdsSecret("482913", T0.plusSeconds(600));
        assertTrue(m.getBody().contains("482913"), "sent as written");
        m.sent(T0.plusSeconds(5));
        assertFalse(m.getBody().contains("482913"), m.getBody());
        assertEquals("Votre code est : ••••••.", m.getBody());
    }

    @Test
    void anUnsentCodeIsForgottenToo() {
        OutboxMessage m = new OutboxMessage("luc@example.org", "Votre code de signature", "code 111222", T0);
        m.holdsSecret("111222", T0.plusSeconds(600));
        m.forgetSecret();
        assertEquals("code ••••••", m.getBody());
        m.forgetSecret();
        assertEquals("code ••••••", m.getBody(), "once");
    }
}
