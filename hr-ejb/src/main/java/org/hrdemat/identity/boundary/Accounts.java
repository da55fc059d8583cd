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
        if (active) {
            account.activate();
        } else {
            account.deactivate();
        }
        audit.record(AuditEntry.success(caller.login(), account.employerIds().iterator().next(),
                active ? "ACCOUNT_ACTIVATE" : "ACCOUNT_DEACTIVATE", "account:" + id, account.getLogin()));
    }

    private AccountView view(UserAccount account) {
        return AccountView.of(account, throttle.slowedDown(account.getLogin(), java.time.Instant.now()));
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
