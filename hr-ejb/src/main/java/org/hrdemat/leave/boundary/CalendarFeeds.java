package org.hrdemat.leave.boundary;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import org.hrdemat.audit.boundary.AuditEntry;
import org.hrdemat.audit.boundary.AuditLog;
import org.hrdemat.identity.boundary.Caller;
import org.hrdemat.identity.boundary.Callers;
import org.hrdemat.identity.entity.Employee;
import org.hrdemat.identity.entity.Role;
import org.hrdemat.leave.control.IcsWriter;
import org.hrdemat.leave.entity.CalendarFeed;
import org.hrdemat.leave.entity.HalfDay;
import org.hrdemat.leave.entity.LeaveRequest;
import org.hrdemat.leave.entity.LeaveStatus;
import org.hrdemat.shared.ConflictException;
import org.hrdemat.shared.NotFoundException;

/**
 * Private ICS calendar URLs: an agent's approved leave, and a manager's team. The secret token is the only
 * credential (calendar clients cannot log in); it can be revoked and replaced at any time.
 */
@Stateless
public class CalendarFeeds {

    private static final SecureRandom RANDOM = new SecureRandom();

    /** The caller's feed tokens (team is null for a non-manager). */
    public record Tokens(String agent, String team) implements Serializable {
    }

    @PersistenceContext
    EntityManager em;

    @EJB
    Callers callers;

    @EJB
    AuditLog audit;

    @Inject
    Clock clock;

    /** The caller's tokens, created on first use. */
    public Tokens mine() {
        Caller caller = callers.current();
        Employee me = own(caller);
        String team = caller.hasRole(Role.MANAGER) ? active(me, CalendarFeed.Kind.TEAM).getToken() : null;
        return new Tokens(active(me, CalendarFeed.Kind.AGENT).getToken(), team);
    }

    /** Revokes the caller's feed of that kind and issues a new token: the old URL stops working. */
    public Tokens regenerate(CalendarFeed.Kind kind) {
        Caller caller = callers.current();
        Employee me = own(caller);
        if (kind == CalendarFeed.Kind.TEAM) {
            caller.requireAnyRole(Role.MANAGER);
        }
        em.createNamedQuery("CalendarFeed.activeOf", CalendarFeed.class).setParameter("owner", me)
                .setParameter("kind", kind).getResultList().forEach(CalendarFeed::revoke);
        em.persist(new CalendarFeed(newToken(), me, kind, clock.instant()));
        em.flush();
        audit.record(AuditEntry.success(caller.login(), me.getEmployer().getId(), "CALENDAR_FEED_RENEW", kind.name(), null));
        return mine();
    }

    /** The iCalendar text of a feed; an unknown or revoked token is "not found". No login. */
    public String ics(String token) {
        List<CalendarFeed> found = token == null || token.length() > 64 ? List.of()
                : em.createNamedQuery("CalendarFeed.byToken", CalendarFeed.class).setParameter("token", token)
                .getResultList();
        if (found.isEmpty() || found.get(0).isRevoked()) {
            throw new NotFoundException();
        }
        CalendarFeed feed = found.get(0);
        Employee owner = feed.getOwner();
        LeaveLedger ledger = new LeaveLedger(em);
        LocalDate today = LocalDate.now(clock.withZone(LeaveRequests.PARIS));
        List<IcsWriter.Event> events = new ArrayList<>();
        List<LeaveRequest> candidates = em.createNamedQuery("LeaveRequest.overlapping", LeaveRequest.class)
                .setParameter("employer", owner.getEmployer())
                .setParameter("statuses", EnumSet.of(LeaveStatus.APPROVED, LeaveStatus.CANCEL_REQUESTED))
                .setParameter("from", today.minusYears(1)).setParameter("to", today.plusYears(2)).getResultList();
        for (LeaveRequest r : candidates) {
            Employee agent = r.getEmployee();
            boolean include = feed.getKind() == CalendarFeed.Kind.AGENT ? agent.getId().equals(owner.getId())
                    : ledger.approvers(agent).stream().anyMatch(a -> a.getId().equals(owner.getId()));
            if (include) {
                String what = r.getType().getLabel()
                        + (r.getStartHalf() == HalfDay.PM ? " (à partir de l'après-midi)" : "")
                        + (r.getEndHalf() == HalfDay.AM ? " (jusqu'à midi)" : "");
                events.add(new IcsWriter.Event("leave-" + r.getId() + "@hr-demat", r.getStartDate(), r.getEndDate(),
                        feed.getKind() == CalendarFeed.Kind.AGENT ? what : agent.fullName() + " — " + what));
            }
        }
        String name = feed.getKind() == CalendarFeed.Kind.AGENT ? "Congés de " + owner.fullName()
                : "Congés de l'équipe de " + owner.fullName();
        return IcsWriter.write(name, events, clock.instant());
    }

    private CalendarFeed active(Employee me, CalendarFeed.Kind kind) {
        List<CalendarFeed> feeds = em.createNamedQuery("CalendarFeed.activeOf", CalendarFeed.class)
                .setParameter("owner", me).setParameter("kind", kind).getResultList();
        if (!feeds.isEmpty()) {
            return feeds.get(0);
        }
        CalendarFeed feed = new CalendarFeed(newToken(), me, kind, clock.instant());
        em.persist(feed);
        return feed;
    }

    private Employee own(Caller caller) {
        if (caller.employeeId() == null) {
            throw new ConflictException("leave.noEmployee");
        }
        return em.find(Employee.class, caller.employeeId());
    }

    private static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
