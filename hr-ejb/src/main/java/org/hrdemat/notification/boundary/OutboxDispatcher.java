package org.hrdemat.notification.boundary;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;
import org.hrdemat.notification.control.MailTransport;
import org.hrdemat.notification.entity.OutboxMessage;

/**
 * Sends the due messages of the outbox every 5 seconds. A failure (mail server down) is recorded on the message,
 * which is tried again later with a growing delay; nothing is lost.
 */
@Startup
@Singleton
@DependsOn("SchemaMigrator")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class OutboxDispatcher {

    private static final Logger LOG = Logger.getLogger(OutboxDispatcher.class.getName());
    private static final int BATCH = 50;

    @PersistenceContext
    EntityManager em;

    @Inject
    MailTransport transport;

    @Inject
    Clock clock;

    private final AtomicBoolean running = new AtomicBoolean();

    @Schedule(hour = "*", minute = "*", second = "*/5", persistent = false)
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public void dispatch() {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            // a code that expired before it could be sent is not sent, and forgotten
            em.createNamedQuery("OutboxMessage.secretsToForget", OutboxMessage.class)
                    .setParameter("now", clock.instant()).getResultList().forEach(OutboxMessage::forgetSecret);
            List<OutboxMessage> due = em.createNamedQuery("OutboxMessage.due", OutboxMessage.class)
                    .setParameter("now", clock.instant()).setMaxResults(BATCH).getResultList();
            for (OutboxMessage m : due) {
                try {
                    transport.send(m.getRecipient(), m.getSubject(), m.getBody());
                    m.sent(clock.instant());
                } catch (Exception e) { // any transport failure is kept on the message and retried later
                    m.failed(e.getClass().getSimpleName() + ": " + e.getMessage(), clock.instant());
                    LOG.fine(() -> "Outbox message " + m.getId() + " not sent yet: " + e.getMessage());
                }
            }
        } finally {
            running.set(false);
        }
    }
}
