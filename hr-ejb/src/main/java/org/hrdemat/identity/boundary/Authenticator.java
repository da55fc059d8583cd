package org.hrdemat.identity.boundary;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.hrdemat.audit.boundary.AuditEntry;
import org.hrdemat.audit.boundary.AuditLog;
import org.hrdemat.identity.control.Passwords;
import org.hrdemat.identity.entity.Role;
import org.hrdemat.identity.entity.UserAccount;

/**
 * Checks a login and password for every way in (login page, HTTP Basic), applies the lockout rule and audits
 * each attempt. Called before anyone is authenticated.
 */
@Stateless
public class Authenticator {

    /** How an attempt ended. */
    public enum Outcome { VALID, INVALID, LOCKED }

    /** The outcome, and for a valid one the login and roles to give the caller. */
    public record Result(Outcome outcome, String login, Set<String> roles) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Passwords passwords;

    @Inject
    Clock clock;

    @EJB
    AuditLog audit;

    public Result authenticate(String login, String password, String remoteAddress) {
        Instant now = clock.instant();
        String normalised = login == null ? "" : login.trim().toLowerCase(java.util.Locale.ROOT);
        List<UserAccount> found = normalised.isEmpty() ? List.of()
                : em.createNamedQuery("UserAccount.byLogin", UserAccount.class)
                .setParameter("login", normalised).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
        if (found.isEmpty()) {
            passwords.burn(password);
            audit.record(AuditEntry.failure(truncate(normalised), null, "LOGIN", null, "unknown login from " + remoteAddress));
            return new Result(Outcome.INVALID, null, Set.of());
        }
        UserAccount account = found.get(0);
        Long employer = account.employerIds().stream().findFirst().orElse(null);
        if (account.isLocked(now)) {
            passwords.burn(password);
            audit.record(AuditEntry.denied(account.getLogin(), employer, "LOGIN", "account:" + account.getId(),
                    "account locked until " + account.getLockedUntil() + ", from " + remoteAddress));
            return new Result(Outcome.LOCKED, null, Set.of());
        }
        if (!account.isActive() || !passwords.matches(password, account.getPasswordHash())) {
            if (!account.isActive()) {
                passwords.burn(password);
            }
            account.recordFailedLogin(now);
            boolean lockedNow = account.isLocked(now);
            audit.record(AuditEntry.failure(account.getLogin(), employer, "LOGIN", "account:" + account.getId(),
                    (account.isActive() ? "wrong password" : "inactive account") + " from " + remoteAddress
                            + (lockedNow ? "; account locked for 15 minutes" : "")));
            return new Result(lockedNow ? Outcome.LOCKED : Outcome.INVALID, null, Set.of());
        }
        account.recordSuccessfulLogin(now);
        audit.record(AuditEntry.success(account.getLogin(), employer, "LOGIN", "account:" + account.getId(),
                "from " + remoteAddress));
        return new Result(Outcome.VALID, account.getLogin(),
                account.getRoles().stream().map(Role::name).collect(Collectors.toSet()));
    }

    /** True while the account is locked (the login page says so instead of "wrong password"). */
    public boolean isLocked(String login) {
        if (login == null || login.isBlank()) {
            return false;
        }
        return em.createNamedQuery("UserAccount.byLogin", UserAccount.class)
                .setParameter("login", login.trim().toLowerCase(java.util.Locale.ROOT)).getResultStream()
                .anyMatch(a -> a.isLocked(clock.instant()));
    }

    private static String truncate(String s) {
        return s.length() > 100 ? s.substring(0, 100) : s;
    }
}
