package org.hrdemat.notification.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import org.hrdemat.notification.entity.OutboxMessage;

/** Queues an email in the caller's transaction: it is sent only if the change it announces is committed. */
@Stateless
public class Notifications {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** Queues the message; a missing address is skipped (agents without email get nothing). */
    public void queue(String recipient, String subject, String body) {
        if (recipient == null || recipient.isBlank()) {
            return;
        }
        em.persist(new OutboxMessage(recipient.trim(), subject, body, clock.instant()));
    }

    /**
     * Queues a message that holds a secret (a one-time code): the stored body forgets the secret once the message
     * is sent, and the message is not sent at all after {@code forgetAfter} (its secret would be void anyway).
     */
    public void queueSecret(String recipient, String subject, String body, String secret, java.time.Instant forgetAfter) {
        if (recipient == null || recipient.isBlank()) {
            return;
        }
        OutboxMessage m = new OutboxMessage(recipient.trim(), subject, body, clock.instant());
        m.holdsSecret(secret, forgetAfter);
        em.persist(m);
    }
}
