package org.hrdemat.identity.boundary;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.hrdemat.identity.entity.ApiToken;
import org.hrdemat.identity.entity.Role;
import org.hrdemat.identity.entity.UserAccount;

/**
 * The short database steps of a password or token check, each its own transaction, so that the hashing between them holds
 * no connection and no lock (for {@link Authenticator} only).
 */
@Stateless
public class LoginRecords {

    /** What a password check needs of an account. */
    public record Candidate(Long id, String login, String passwordHash, boolean active, Long employerId,
                            Set<String> roles) {
    }

    @PersistenceContext
    EntityManager em;

    /** The account of a normalised login, or null; read without a lock. */
    public Candidate find(String login) {
        return em.createNamedQuery("UserAccount.byLogin", UserAccount.class).setParameter("login", login)
                .getResultStream().findFirst()
                .map(a -> new Candidate(a.getId(), a.getLogin(), a.getPasswordHash(), a.isActive(),
                        a.employerIds().stream().sorted().findFirst().orElse(null),
                        a.getRoles().stream().map(Role::name).collect(Collectors.toSet())))
                .orElse(null);
    }

    /** What a token check needs: the token, whether it may be used now, and its account's login and roles. */
    public record TokenCandidate(Long id, String name, boolean usable, boolean readOnly, Long accountId, String login,
                                 Long employerId, Set<String> roles) {
    }

    /**
     * The token kept under this digest, or null; a usable one has its use recorded (at most once a minute, so
     * that most checks write nothing). Reads only the columns the check needs (no entity is loaded): a token is
     * checked at every call of an integration.
     */
    public TokenCandidate token(String digest, Instant now, String address) {
        List<Object[]> rows = em.createNamedQuery("ApiToken.check", Object[].class).setParameter("digest", digest)
                .getResultList();
        if (rows.isEmpty()) {
            return null;
        }
        Object[] r = rows.get(0);
        Long id = (Long) r[0];
        Long accountId = (Long) r[6];
        boolean usable = ApiToken.usable((Instant) r[4], (Instant) r[3], (Boolean) r[8], now);
        if (!usable) {
            UserAccount a = em.find(UserAccount.class, accountId);
            return new TokenCandidate(id, (String) r[1], false, (Boolean) r[2], accountId, (String) r[7],
                    a.employerIds().stream().sorted().findFirst().orElse(null), Set.of());
        }
        if (ApiToken.useToRecord((Instant) r[5], now)) {
            em.createNamedQuery("ApiToken.recordUse").setParameter("now", now)
                    .setParameter("address", address.length() <= 64 ? address : address.substring(0, 64))
                    .setParameter("id", id).setParameter("before", now.minus(ApiToken.LAST_USE_RESOLUTION))
                    .executeUpdate();
        }
        Set<String> roles = em.createQuery("select r from UserAccount a join a.roles r where a.id = :id", Role.class)
                .setParameter("id", accountId).getResultStream().map(Role::name).collect(Collectors.toSet());
        return new TokenCandidate(id, (String) r[1], true, (Boolean) r[2], accountId, (String) r[7], null, roles);
    }

    /** Records a successful login (its time, at most once a minute: no write at each API call). */
    public void succeeded(Long accountId, Instant now) {
        UserAccount account = em.find(UserAccount.class, accountId);
        if (account != null) {
            account.recordSuccessfulLogin(now);
        }
    }
}
