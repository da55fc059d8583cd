package org.hrdemat.leave.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hrdemat.identity.entity.Employee;

/**
 * A private calendar subscription URL (secret token) of an agent's approved leave, or of a manager's team.
 * Revoking it makes the URL answer 404; a new token is then issued.
 */
@Entity
@Table(name = "calendar_feed")
@NamedQuery(name = "CalendarFeed.byToken", query = "select f from CalendarFeed f where f.token = :token")
@NamedQuery(name = "CalendarFeed.activeOf", query = "select f from CalendarFeed f where f.owner = :owner "
        + "and f.kind = :kind and f.revoked = false")
public class CalendarFeed {

    /** Whose leave the feed shows. */
    public enum Kind { AGENT, TEAM }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @jakarta.validation.constraints.Size(max = 64)
    @Column(nullable = false, unique = true, length = 64)
    private String token;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "owner_id", nullable = false)
    private Employee owner;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Kind kind;

    @Column(nullable = false)
    private boolean revoked;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected CalendarFeed() {
    }

    public CalendarFeed(String token, Employee owner, Kind kind, Instant createdAt) {
        this.token = token;
        this.owner = owner;
        this.kind = kind;
        this.createdAt = createdAt;
    }

    public void revoke() {
        revoked = true;
    }

    public String getToken() {
        return token;
    }

    public Employee getOwner() {
        return owner;
    }

    public Kind getKind() {
        return kind;
    }

    public boolean isRevoked() {
        return revoked;
    }
}
