package org.hrdemat.identity.boundary;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.hrdemat.audit.boundary.AuditEntry;
import org.hrdemat.audit.boundary.AuditLog;
import org.hrdemat.identity.control.TokenSecrets;
import org.hrdemat.identity.entity.ApiToken;
import org.hrdemat.identity.entity.UserAccount;
import org.hrdemat.shared.AccessDeniedException;
import org.hrdemat.shared.ConflictException;
import org.hrdemat.shared.InvalidInputException;
import org.hrdemat.shared.NotFoundException;

/**
 * Every logged-in user's personal access tokens for the API: made with a name, a life and optionally for reading
 * only, the secret shown once; listed and revoked by their owner. A token cannot make tokens (a stolen one could
 * otherwise outlive its expiry), and an ADMIN revokes all of an account's tokens through {@link Accounts}.
 */
@Stateless
public class ApiTokens {

    /** Usable tokens an account may hold at once. */
    public static final int MAX_USABLE = 20;
    public static final int DEFAULT_DAYS = 90;

    /** A token as its owner sees it again: never its secret. */
    public record TokenView(Long id, String name, String hint, boolean readOnly, Instant createdAt,
                            Instant expiresAt, Instant lastUsedAt, String lastUsedFrom, Instant revokedAt,
                            String status) {

        static TokenView of(ApiToken t, Instant now) {
            String status = t.getRevokedAt() != null ? "REVOKED" : now.isBefore(t.getExpiresAt()) ? "ACTIVE"
                    : "EXPIRED";
            return new TokenView(t.getId(), t.getName(), t.getHint() + "…", t.isReadOnly(), t.getCreatedAt(),
                    t.getExpiresAt(), t.getLastUsedAt(), t.getLastUsedFrom(), t.getRevokedAt(), status);
        }
    }

    /** A token just made, with its secret: the only time it is given. */
    public record Created(TokenView token, String secret) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Instance<RequestToken> requestToken;

    @EJB
    Callers callers;

    @EJB
    AuditLog audit;

    /** The caller's tokens, newest first, the revoked and expired ones too. */
    public List<TokenView> mine() {
        Caller caller = callers.current();
        return viewsOf(em, em.getReference(UserAccount.class, caller.accountId()), clock.instant());
    }

    /** An account's tokens as shown (for the caller here, for {@link Accounts} to its administrator). */
    static List<TokenView> viewsOf(EntityManager em, UserAccount account, Instant now) {
        return em.createNamedQuery("ApiToken.ofAccount", ApiToken.class).setParameter("account", account)
                .getResultList().stream().map(t -> TokenView.of(t, now)).toList();
    }

    /** Makes a token for the caller, usable for {@code days} days (1 to 366). */
    public Created create(String name, Integer days, boolean readOnly) {
        Caller caller = callers.current();
        if (RequestToken.of(requestToken) != null) {
            throw new AccessDeniedException("token.notWithToken");
        }
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty() || clean.length() > ApiToken.MAX_NAME || clean.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidInputException("token.name", ApiToken.MAX_NAME);
        }
        int life = days == null ? DEFAULT_DAYS : days;
        if (life < 1 || Duration.ofDays(life).compareTo(ApiToken.LONGEST_LIFE) > 0) {
            throw new InvalidInputException("token.life", ApiToken.LONGEST_LIFE.toDays());
        }
        UserAccount account = em.find(UserAccount.class, caller.accountId());
        Instant now = clock.instant();
        long usable = em.createNamedQuery("ApiToken.usableOf", Long.class).setParameter("account", account)
                .setParameter("now", now).getSingleResult();
        if (usable >= MAX_USABLE) {
            throw new ConflictException("token.tooMany", MAX_USABLE);
        }
        String secret = TokenSecrets.create();
        ApiToken token = new ApiToken(account, clean, TokenSecrets.digest(secret), TokenSecrets.hint(secret), readOnly,
                now, now.plus(Duration.ofDays(life)));
        em.persist(token);
        em.flush();
        audit.record(AuditEntry.success(caller.login(), caller.defaultEmployerId(), "API_TOKEN_CREATE",
                "token:" + token.getId(), "«" + clean + "», " + life + " days" + (readOnly ? ", read-only" : "")));
        return new Created(TokenView.of(token, now), secret);
    }

    /** Revokes one of the caller's tokens at once (a token may revoke itself); another's is "not found". */
    public TokenView revoke(Long id) {
        Caller caller = callers.current();
        ApiToken token = id == null ? null : em.find(ApiToken.class, id);
        if (token == null || !token.getAccount().getId().equals(caller.accountId())) {
            throw new NotFoundException();
        }
        Instant now = clock.instant();
        if (token.revoke(now)) {
            audit.record(AuditEntry.success(caller.login(), caller.defaultEmployerId(), "API_TOKEN_REVOKE",
                    "token:" + id, "«" + token.getName() + "»"));
        }
        return TokenView.of(token, now);
    }

    /**
     * Revokes every token of an account that could still be used (for {@link Accounts}, which checked the
     * administrator's right); returns how many.
     */
    static int revokeAllOf(EntityManager em, UserAccount account, Instant now) {
        int revoked = 0;
        for (ApiToken t : em.createNamedQuery("ApiToken.ofAccount", ApiToken.class).setParameter("account", account)
                .getResultList()) {
            if (now.isBefore(t.getExpiresAt()) && t.revoke(now)) {
                revoked++;
            }
        }
        return revoked;
    }
}
