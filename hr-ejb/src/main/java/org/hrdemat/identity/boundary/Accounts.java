package org.hrdemat.identity.boundary;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.hrdemat.audit.boundary.AuditEntry;
import org.hrdemat.audit.boundary.AuditLog;
import org.hrdemat.identity.control.PasswordPolicy;
import org.hrdemat.identity.control.Passwords;
import org.hrdemat.identity.entity.Employee;
import org.hrdemat.identity.entity.Employer;
import org.hrdemat.identity.entity.Role;
import org.hrdemat.identity.entity.UserAccount;
import org.hrdemat.shared.ConflictException;
import org.hrdemat.shared.InvalidInputException;
import org.hrdemat.shared.NotFoundException;

/** User accounts: ADMIN creates, edits, deactivates and unlocks them, within the employers they may act for. */
@Stateless
public class Accounts {

    @PersistenceContext
    EntityManager em;

    @Inject
    org.hrdemat.identity.control.LoginThrottle throttle;

    @EJB
    Callers callers;

    @EJB
    AuditLog audit;

    @Inject
    Passwords passwords;

    @Inject
    java.time.Clock clock;

    public List<AccountView> list(Long employerId) {
        Caller caller = callers.current();
        callers.requireEmployer(caller, employerId, "employer:" + employerId);
        caller.requireAnyRole(Role.ADMIN);
        return em.createNamedQuery("UserAccount.byEmployer", UserAccount.class)
                .setParameter("employer", em.find(Employer.class, employerId)).getResultList().stream()
                .map(this::view).toList();
    }

    public AccountView find(Long id) {
        Caller caller = callers.current();
        caller.requireAnyRole(Role.ADMIN);
        return view(load(caller, id));
    }

    public AccountView create(AccountData data) {
        Caller caller = callers.current();
        caller.requireAnyRole(Role.ADMIN);
        String login;
        try {
            login = UserAccount.normaliseLogin(data.login());
        } catch (IllegalArgumentException ex) {
            throw new InvalidInputException("invalid.login");
        }
        if (!em.createNamedQuery("UserAccount.byLogin", UserAccount.class).setParameter("login", login)
                .getResultList().isEmpty()) {
            throw new ConflictException("account.duplicateLogin", login);
        }
        String problem = PasswordPolicy.check(login, data.password());
        if (problem != null) {
            throw new InvalidInputException(problem);
        }
        UserAccount account = new UserAccount(login, passwords.hash(data.password()));
        apply(caller, account, data);
        em.persist(account);
        em.flush();
        audit.record(AuditEntry.success(caller.login(), account.employerIds().iterator().next(), "ACCOUNT_CREATE",
                "account:" + account.getId(), login + " " + account.getRoles()));
        return view(account);
    }

    public AccountView update(Long id, long expectedVersion, AccountData data) {
        Caller caller = callers.current();
        caller.requireAnyRole(Role.ADMIN);
        UserAccount account = load(caller, id);
        if (account.getVersion() != expectedVersion) {
            throw new ConflictException("error.staleVersion");
        }
        Set<Long> foreign = foreignEmployers(caller, account);
        if (!foreign.isEmpty()) {
            detachOnly(caller, account, data, foreign);
            return view(account);
        }
        apply(caller, account, data);
        if (data.password() != null && !data.password().isEmpty()) {
            String problem = PasswordPolicy.check(account.getLogin(), data.password());
            if (problem != null) {
                throw new InvalidInputException(problem);
            }
            account.changePasswordHash(passwords.hash(data.password()));
        }
        audit.record(AuditEntry.success(caller.login(), account.employerIds().iterator().next(), "ACCOUNT_UPDATE",
                "account:" + id, account.getLogin() + " " + account.getRoles()
                        + (data.password() != null && !data.password().isEmpty() ? " password reset" : "")));
        return view(account);
    }

    public void setActive(Long id, boolean active) {
        Caller caller = callers.current();
        caller.requireAnyRole(Role.ADMIN);
        UserAccount account = load(caller, id);
        if (!active && id.equals(caller.accountId())) {
            throw new ConflictException("account.cannotDeactivateSelf");
        }
        if (!foreignEmployers(caller, account).isEmpty()) {
            // it also acts for an employer this administrator does not administer: detaching it is theirs to do
            throw new org.hrdemat.shared.AccessDeniedException("account.sharedElsewhere");
        }
        int revoked = 0;
        if (active) {
            account.activate();
        } else {
            account.deactivate();
            // reactivating the account later must not bring back what was handed to integrations before
            revoked = ApiTokens.revokeAllOf(em, account, clock.instant());
        }
        audit.record(AuditEntry.success(caller.login(), account.employerIds().iterator().next(),
                active ? "ACCOUNT_ACTIVATE" : "ACCOUNT_DEACTIVATE", "account:" + id, account.getLogin()
                        + (revoked > 0 ? ", " + revoked + " API tokens revoked" : "")));
    }

    /** The API tokens of an account (never their secrets), for its administrator. */
    public List<ApiTokens.TokenView> tokens(Long id) {
        Caller caller = callers.current();
        caller.requireAnyRole(Role.ADMIN);
        UserAccount account = load(caller, id);
        return ApiTokens.viewsOf(em, account, clock.instant());
    }

    /** Revokes every API token of an account that could still be used (a token leaked); returns how many. */
    public int revokeTokens(Long id) {
        Caller caller = callers.current();
        caller.requireAnyRole(Role.ADMIN);
        UserAccount account = load(caller, id);
        int revoked = ApiTokens.revokeAllOf(em, account, clock.instant());
        audit.record(AuditEntry.success(caller.login(), account.employerIds().iterator().next(),
                "API_TOKEN_REVOKE_ALL", "account:" + id, account.getLogin() + ": " + revoked + " revoked"));
        return revoked;
    }

    private AccountView view(UserAccount account) {
        return AccountView.of(account, throttle.slowedDown(account.getLogin(), clock.instant()));
    }

    public void unlock(Long id) {
        Caller caller = callers.current();
        caller.requireAnyRole(Role.ADMIN);
        UserAccount account = load(caller, id);
        throttle.clear(account.getLogin());
        audit.record(AuditEntry.success(caller.login(), account.employerIds().iterator().next(), "ACCOUNT_UNLOCK",
                "account:" + id, account.getLogin()));
    }

    /** Any logged-in user changes their own password, giving the current one. */
    public void changeOwnPassword(String current, String newPassword) {
        Caller caller = callers.current();
        UserAccount account = em.find(UserAccount.class, caller.accountId());
        if (!passwords.matches(current, account.getPasswordHash())) {
            throw new InvalidInputException("password.wrongCurrent");
        }
        String problem = PasswordPolicy.check(account.getLogin(), newPassword);
        if (problem != null) {
            throw new InvalidInputException(problem);
        }
        account.changePasswordHash(passwords.hash(newPassword));
        audit.record(AuditEntry.success(caller.login(), caller.defaultEmployerId(), "PASSWORD_CHANGE",
                "account:" + account.getId(), null));
    }

    private void apply(Caller caller, UserAccount account, AccountData data) {
        if (data.employerIds() == null || data.employerIds().isEmpty()) {
            throw new InvalidInputException("invalid.employers");
        }
        Set<Employer> employers = new LinkedHashSet<>();
        for (Long employerId : data.employerIds()) {
            callers.requireEmployer(caller, employerId, "employer:" + employerId);
            employers.add(em.find(Employer.class, employerId));
        }
        if (data.roles() == null || data.roles().isEmpty()) {
            throw new InvalidInputException("invalid.roles");
        }
        account.grantRoles(data.roles());
        account.grantEmployers(employers);
        Employee employee = null;
        if (data.employeeId() != null) {
            employee = em.find(Employee.class, data.employeeId());
            if (employee == null || !caller.mayActFor(employee.getEmployer().getId())) {
                throw new InvalidInputException("invalid.employee");
            }
            List<UserAccount> others = em.createNamedQuery("UserAccount.byEmployee", UserAccount.class)
                    .setParameter("employee", employee).getResultList();
            if (others.stream().anyMatch(o -> !o.getId().equals(account.getId()))) {
                throw new ConflictException("account.employeeAlreadyLinked");
            }
        }
        try {
            account.linkEmployee(employee);
        } catch (IllegalArgumentException ex) {
            throw new InvalidInputException("invalid.employee");
        }
        account.rename(data.displayName());
        account.setSignatory(data.signatory());
    }

    /** The employers of the account that the caller may not act for (an account shared with another tenant). */
    private static Set<Long> foreignEmployers(Caller caller, UserAccount account) {
        Set<Long> foreign = new LinkedHashSet<>(account.employerIds());
        foreign.removeIf(caller::mayActFor);
        return foreign;
    }

    /**
     * An account that also acts for employers the caller does not administer: the caller may only attach it to, or
     * detach it from, their own employers; anything else (roles, password, name, agent, signatory) is refused, the
     * other employers' administrators decide it.
     */
    private void detachOnly(Caller caller, UserAccount account, AccountData data, Set<Long> foreign) {
        boolean sameRest = data.roles() != null && data.roles().equals(account.getRoles())
                && (data.password() == null || data.password().isEmpty())
                && java.util.Objects.equals(blankToNull(data.displayName()), blankToNull(account.getDisplayName()))
                && java.util.Objects.equals(data.employeeId(),
                        account.getEmployee() == null ? null : account.getEmployee().getId())
                && data.signatory() == account.isSignatory();
        if (!sameRest) {
            throw new org.hrdemat.shared.AccessDeniedException("account.sharedElsewhere");
        }
        Set<Employer> employers = new LinkedHashSet<>();
        for (Long employerId : foreign) {
            employers.add(em.find(Employer.class, employerId));
        }
        Set<Long> wanted = data.employerIds() == null ? Set.of() : data.employerIds();
        for (Long employerId : wanted) {
            if (!foreign.contains(employerId)) {
                callers.requireEmployer(caller, employerId, "employer:" + employerId);
                employers.add(em.find(Employer.class, employerId));
            }
        }
        Set<Long> before = account.employerIds();
        account.grantEmployers(employers);
        audit.record(AuditEntry.success(caller.login(), caller.defaultEmployerId(), "ACCOUNT_UPDATE",
                "account:" + account.getId(), account.getLogin() + " employers " + before + " -> "
                        + account.employerIds()));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private UserAccount load(Caller caller, Long id) {
        UserAccount account = id == null ? null : em.find(UserAccount.class, id);
        if (account == null) {
            throw new NotFoundException();
        }
        if (account.employerIds().stream().noneMatch(caller::mayActFor)) {
            throw callers.denied(caller, account.employerIds().stream().findFirst().orElse(null), "account:" + id);
        }
        return account;
    }
}
