package org.hrdemat.identity.boundary;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Set;
import java.util.stream.Collectors;
import org.hrdemat.identity.entity.Role;
import org.hrdemat.identity.entity.UserAccount;

/**
 * The short database steps of a password check, each its own transaction, so that the hashing between them holds
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

    /** Records a successful login (its time, at most once a minute: no write at each API call). */
    public void succeeded(Long accountId, Instant now) {
        UserAccount account = em.find(UserAccount.class, accountId);
        if (account != null) {
            account.recordSuccessfulLogin(now);
        }
    }
}
