package org.hrdemat.identity.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A personal access token of an account, for the API: named by its owner, usable until it expires or is revoked,
 * optionally for reading only. Only a digest of its secret is kept; the secret is shown once, when it is made.
 */
@Entity
@Table(name = "api_token")
@NamedQuery(name = "ApiToken.check", query = "select t.id, t.name, t.readOnly, t.expiresAt, t.revokedAt, t.lastUsedAt, "
        + "a.id, a.login, a.active from ApiToken t join t.account a where t.digest = :digest")
@NamedQuery(name = "ApiToken.recordUse", query = "update ApiToken t set t.lastUsedAt = :now, t.lastUsedFrom = :address "
        + "where t.id = :id and (t.lastUsedAt is null or t.lastUsedAt <= :before)")
@NamedQuery(name = "ApiToken.ofAccount",
        query = "select t from ApiToken t where t.account = :account order by t.createdAt desc, t.id desc")
@NamedQuery(name = "ApiToken.usableOf", query = "select count(t) from ApiToken t where t.account = :account "
        + "and t.revokedAt is null and t.expiresAt > :now")
public class ApiToken {

    /** The longest life a token may be given. */
    public static final Duration LONGEST_LIFE = Duration.ofDays(366);
    /** A token's last use is written at most this often (an integration may call many times a second). */
    public static final Duration LAST_USE_RESOLUTION = Duration.ofMinutes(1);
    public static final int MAX_NAME = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "account_id", nullable = false)
    private UserAccount account;

    @jakarta.validation.constraints.Size(max = MAX_NAME)
    @Column(nullable = false, length = MAX_NAME)
    private String name;

    @jakarta.validation.constraints.Size(max = 64)
    @Column(nullable = false, unique = true, length = 64)
    private String digest;

    /** The first characters of the secret, so that its owner can tell which token a client holds. */
    @jakarta.validation.constraints.Size(max = 16)
    @Column(nullable = false, length = 16)
    private String hint;

    @Column(name = "read_only", nullable = false)
    private boolean readOnly;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    @jakarta.validation.constraints.Size(max = 64)
    @Column(name = "last_used_from", length = 64)
    private String lastUsedFrom;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected ApiToken() {
    }

    public ApiToken(UserAccount account, String name, String digest, String hint, boolean readOnly, Instant createdAt,
                    Instant expiresAt) {
        if (name == null || name.isBlank() || name.length() > MAX_NAME) {
            throw new IllegalArgumentException("name");
        }
        if (!expiresAt.isAfter(createdAt) || expiresAt.isAfter(createdAt.plus(LONGEST_LIFE))) {
            throw new IllegalArgumentException("expiresAt");
        }
        this.account = Objects.requireNonNull(account);
        this.name = name.strip();
        this.digest = Objects.requireNonNull(digest);
        this.hint = Objects.requireNonNull(hint);
        this.readOnly = readOnly;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    /** Whether the token opens the API now: not revoked, not expired, its account active. */
    public boolean usableAt(Instant now) {
        return usable(revokedAt, expiresAt, account.isActive(), now);
    }

    /** The rule of {@link #usableAt}, for a check that reads only the columns it needs. */
    public static boolean usable(Instant revokedAt, Instant expiresAt, boolean accountActive, Instant now) {
        return revokedAt == null && now.isBefore(expiresAt) && accountActive;
    }

    /** Whether a use last recorded then is to be recorded again now (see {@link #recordUse}). */
    public static boolean useToRecord(Instant lastUsedAt, Instant now) {
        return lastUsedAt == null || !now.isBefore(lastUsedAt.plus(LAST_USE_RESOLUTION));
    }

    /** Notes a use; returns whether anything changed (at most once a {@link #LAST_USE_RESOLUTION}). */
    public boolean recordUse(Instant now, String address) {
        if (!useToRecord(lastUsedAt, now)) {
            return false;
        }
        lastUsedAt = now;
        lastUsedFrom = address == null || address.length() <= 64 ? address : address.substring(0, 64);
        return true;
    }

    /** Revokes the token for good; revoking it again changes nothing (and returns false). */
    public boolean revoke(Instant now) {
        if (revokedAt != null) {
            return false;
        }
        revokedAt = now;
        return true;
    }

    public Long getId() {
        return id;
    }

    public UserAccount getAccount() {
        return account;
    }

    public String getName() {
        return name;
    }

    public String getHint() {
        return hint;
    }

    public boolean isReadOnly() {
        return readOnly;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getLastUsedAt() {
        return lastUsedAt;
    }

    public String getLastUsedFrom() {
        return lastUsedFrom;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }
}
