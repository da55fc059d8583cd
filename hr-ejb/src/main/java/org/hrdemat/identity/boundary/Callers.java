package org.hrdemat.identity.boundary;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.Principal;
import java.util.EnumSet;
import java.util.List;
import org.hrdemat.audit.boundary.AuditEntry;
import org.hrdemat.audit.boundary.AuditLog;
import org.hrdemat.identity.entity.UserAccount;
import org.hrdemat.shared.AccessDeniedException;
import org.hrdemat.shared.NotFoundException;

/**
 * Resolves the authenticated caller of a boundary from the container's principal, and refuses records of an
 * employer the caller may not act for: the answer is "not found" (so nothing leaks) and the attempt is audited.
 */
@Stateless
public class Callers {

    @Resource
    SessionContext context;

    @PersistenceContext
    EntityManager em;

    @EJB
    AuditLog audit;

    /** The current caller; refuses anonymous or deactivated accounts. */
    public Caller current() {
        Principal principal = context.getCallerPrincipal();
        String login = principal == null ? null : principal.getName();
        if (login == null || login.isBlank() || "anonymous".equals(login)) {
            throw new AccessDeniedException();
        }
        List<UserAccount> found = em.createNamedQuery("UserAccount.byLogin", UserAccount.class)
                .setParameter("login", login).getResultList();
        if (found.isEmpty() || !found.get(0).isActive()) {
            throw new AccessDeniedException();
        }
        return toCaller(found.get(0));
    }

    /** True when someone is logged in (used by pages that show more to logged-in users). */
    public boolean isAuthenticated() {
        Principal principal = context.getCallerPrincipal();
        return principal != null && !"anonymous".equals(principal.getName());
    }

    static Caller toCaller(UserAccount a) {
        Long defaultEmployer = a.employerIds().stream().sorted().findFirst().orElse(null);
        if (a.getEmployee() != null) {
            defaultEmployer = a.getEmployee().getEmployer().getId();
        }
        return new Caller(a.getId(), a.getLogin(), a.name(),
                a.getRoles().isEmpty() ? EnumSet.noneOf(org.hrdemat.identity.entity.Role.class) : EnumSet.copyOf(a.getRoles()),
                a.getEmployee() == null ? null : a.getEmployee().getId(),
                a.employerIds(), defaultEmployer);
    }

    /** Refuses (404, audited) when the caller may not act for the employer. */
    public void requireEmployer(Caller caller, Long employerId, String target) {
        if (!caller.mayActFor(employerId)) {
            throw denied(caller, employerId, target);
        }
    }

    /** Records a denied access and returns the "not found" to throw. */
    public NotFoundException denied(Caller caller, Long employerId, String target) {
        audit.record(AuditEntry.denied(caller.login(), employerId, "ACCESS_DENIED", target,
                "outside the caller's employers"));
        return new NotFoundException();
    }
}
