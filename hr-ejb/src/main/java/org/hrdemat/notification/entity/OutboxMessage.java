package org.hrdemat.notification.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;

/**
 * An email to send, stored in the same transaction as the change it announces, so that nothing is lost when the
 * mail server is down: the dispatcher retries with a growing delay until it is sent.
 */
@Entity
@Table(name = "outbox_message")
@NamedQuery(name = "OutboxMessage.due", query = "select m from OutboxMessage m where m.sentAt is null "
        + "and m.nextAttemptAt <= :now and (m.forgetAfter is null or m.forgetAfter > :now) order by m.id")
@NamedQuery(name = "OutboxMessage.secretsToForget", query = "select m from OutboxMessage m where m.bodyAfter is not null "
        + "and m.forgetAfter <= :now")
public class OutboxMessage {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @jakarta.validation.constraints.Size(max = 200)
    @Column(nullable = false, length = 200)
    private String recipient;

    @jakarta.validation.constraints.Size(max = 300)
    @Column(nullable = false, length = 300)
    private String subject;

    @jakarta.validation.constraints.Size(max = 8000)
    @Column(nullable = false, length = 8000)
    private String body;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    /** A message holding a secret: not sent after this, and its body then forgets the secret. */
    @Column(name = "forget_after")
    private Instant forgetAfter;

    /** The body without its secret, which replaces the body once sent or past {@link #forgetAfter}. */
    @jakarta.validation.constraints.Size(max = 8000)
    @Column(name = "body_after", length = 8000)
    private String bodyAfter;

    @Column(nullable = false)
    private int attempts;

    @jakarta.validation.constraints.Size(max = 500)
    @Column(name = "last_error", length = 500)
    private String lastError;

    @Version
    private long version;

    protected OutboxMessage() {
    }

    public OutboxMessage(String recipient, String subject, String body, Instant now) {
        this.recipient = recipient;
        this.subject = subject.length() > 300 ? subject.substring(0, 300) : subject;
        this.body = body.length() > 8000 ? body.substring(0, 8000) : body;
        this.createdAt = now;
        this.nextAttemptAt = now;
    }

    /** The body holds this secret (a one-time code), void after {@code forgetAfter}. */
    public void holdsSecret(String secret, Instant forgetAfter) {
        this.forgetAfter = forgetAfter;
        this.bodyAfter = body.replace(secret, "••••••");
    }

    /** The secret is forgotten: the stored body no longer holds it. */
    public void forgetSecret() {
        if (bodyAfter != null) {
            body = bodyAfter;
            bodyAfter = null;
        }
    }

    public void sent(Instant now) {
        forgetSecret();
        sentAt = now;
        attempts++;
        lastError = null;
    }

    /** A failed attempt: retry after 10 s, 20 s, 40 s… up to one hour. */
    public void failed(String error, Instant now) {
        attempts++;
        lastError = error == null ? "?" : error.length() > 500 ? error.substring(0, 500) : error;
        long delay = Math.min(3600, 5L << Math.min(attempts, 10));
        nextAttemptAt = now.plus(Duration.ofSeconds(delay));
    }

    public Long getId() {
        return id;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public int getAttempts() {
        return attempts;
    }

    public String getLastError() {
        return lastError;
    }
}
