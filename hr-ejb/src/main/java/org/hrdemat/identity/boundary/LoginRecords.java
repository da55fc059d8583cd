package org.hrdemat.identity.boundary;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
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
     * that most checks write nothing).
     */
    public TokenCandidate token(String digest, Instant now, String address) {
        return em.createNamedQuery("ApiToken.byDigest", ApiToken.class).setParameter("digest", digest)
                .getResultStream().findFirst().map(t -> {
                    UserAccount a = t.getAccount();
                    boolean usable = t.usableAt(now);
                    if (usable) {
                        t.recordUse(now, address);
                    }
                    return new TokenCandidate(t.getId(), t.getName(), usable, t.isReadOnly(), a.getId(), a.getLogin(),
                            a.employerIds().stream().sorted().findFirst().orElse(null),
                            a.getRoles().stream().map(Role::name).collect(Collectors.toSet()));
                }).orElse(null);
    }

    /** Records a successful login (its time, at most once a minute: no write at each API call). */
    public void succeeded(Long accountId, Instant now) {
        UserAccount account = em.find(UserAccount.class, accountId);
        if (account != null) {
            account.recordSuccessfulLogin(now);
        }
    }
}
