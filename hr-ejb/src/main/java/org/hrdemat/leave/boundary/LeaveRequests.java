package org.hrdemat.leave.boundary;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import org.hrdemat.audit.boundary.AuditEntry;
import org.hrdemat.audit.boundary.AuditLog;
import org.hrdemat.identity.boundary.Caller;
import org.hrdemat.identity.boundary.Callers;
import org.hrdemat.identity.entity.Employee;
import org.hrdemat.identity.entity.Employer;
import org.hrdemat.identity.entity.Role;
import org.hrdemat.identity.entity.UserAccount;
import org.hrdemat.leave.control.WorkingDayCalculator;
import org.hrdemat.leave.entity.LeaveRequest;
import org.hrdemat.leave.entity.LeaveStatus;
import org.hrdemat.leave.entity.LeaveType;
import org.hrdemat.shared.AccessDeniedException;
import org.hrdemat.shared.ConflictException;
import org.hrdemat.shared.InvalidInputException;
import org.hrdemat.shared.NotFoundException;

/**
 * Leave requests: agents submit and cancel their own; the approver of the agent (or the approver's delegate)
 * decides; HR of the employer sees all and decides when the agent has no approver. Every change is audited.
 */
@Stateless
public class LeaveRequests {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @PersistenceContext
    EntityManager em;

    @EJB
    Callers callers;

    @EJB
    AuditLog audit;

    @Inject
    Clock clock;

    @EJB
    org.hrdemat.notification.boundary.Notifications notifications;

    @Inject
    jakarta.enterprise.event.Event<org.hrdemat.shared.FileDocumentRequest> filing;

    /**
     * HR files a leave decision in the agent's personnel file (section 6): a PDF/A decision is written and handed
     * to the personnel file through a CDI event, in this transaction.
     */
    public LeaveRequestView fileDecision(Long id) {
        Caller caller = callers.current();
        LeaveRequest r = id == null ? null : em.find(LeaveRequest.class, id);
        if (r == null) {
            throw new org.hrdemat.shared.NotFoundException();
        }
        Long employer = r.getEmployee().getEmployer().getId();
        callers.requireEmployer(caller, employer, "leave:" + id);
        caller.requireAnyRole(Role.HR);
        r.markFiled(caller.name(), clock.instant());
        LocalDate decided = r.getDecidedAt() == null ? LocalDate.now(clock.withZone(PARIS))
                : LocalDate.ofInstant(r.getDecidedAt(), PARIS);
        String title = (r.getStatus() == LeaveStatus.APPROVED ? "Décision d'accord" : "Décision de refus") + " — "
                + r.getType().getLabel() + " du " + DAY.format(r.getStartDate()) + " au " + DAY.format(r.getEndDate());
        filing.fire(new org.hrdemat.shared.FileDocumentRequest(r.getEmployee().getId(), 6, "CONGE", title, decided,
                org.hrdemat.leave.control.LeaveDecisionPdf.write(r, title), caller.login()));
        flush();
        audit.record(AuditEntry.success(caller.login(), employer, "LEAVE_FILE_DECISION", "leave:" + id,
                r.getEmployee().getMatricule()));
        return LeaveRequestView.of(r);
    }

    private static final java.time.format.DateTimeFormatter DAY = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** Who decides, and for whom when acting as a delegate. */
    record Decider(boolean allowed, String actingFor) {
    }

    /** Working days a request would count for the caller (live count of the request form). */
    public java.math.BigDecimal count(NewLeaveRequest n) {
        Employee me = own(callers.current());
        try {
            return LeaveBalance.days(WorkingDayCalculator.halfDays(n.startDate(), n.startHalf(), n.endDate(),
                    n.endHalf(), me.getWorkPattern(), ledger().holidays(me.getEmployer(), n.startDate(), n.endDate())));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("leave." + e.getMessage());
        }
    }

    public LeaveRequestView submit(NewLeaveRequest n) {
        Caller caller = callers.current();
        Employee me = own(caller);
        // one agent's requests are checked one at a time: two simultaneous submits cannot both pass the checks
        em.lock(me, LockModeType.PESSIMISTIC_WRITE);
        LeaveLedger ledger = ledger();
        LeaveType type = ledger.type(me.getEmployer(), n.type());
        if (type == null || !type.isActive()) {
            throw new InvalidInputException("leave.unknownType");
        }
        int halfDays;
        try {
            halfDays = WorkingDayCalculator.halfDays(n.startDate(), n.startHalf(), n.endDate(), n.endHalf(),
                    me.getWorkPattern(), ledger.holidays(me.getEmployer(), n.startDate(), n.endDate()));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("leave." + e.getMessage());
        }
        LeaveRequest request = new LeaveRequest(me, type, n.startDate(), n.startHalf(), n.endDate(), n.endHalf(),
                halfDays, n.comment(), caller.login(), clock.instant());
        for (LeaveRequest other : ledger.holding(me)) {
            if (other.overlaps(request.startKey(), request.endKey())) {
                throw new ConflictException("leave.overlap", other.getStartDate(), other.getEndDate());
            }
        }
        if (type.isNeedsBalance()) {
            int remaining = ledger.remainingHalfDays(me, type, n.startDate().getYear());
            if (remaining < halfDays) {
                throw new ConflictException("leave.insufficientBalance", LeaveBalance.days(remaining),
                        LeaveBalance.days(halfDays));
            }
        }
        em.persist(request);
        em.flush();
        notifyApprovers(request, "submitted");
        audit.record(AuditEntry.success(caller.login(), me.getEmployer().getId(), "LEAVE_SUBMIT",
                "leave:" + request.getId(), type.getCode() + " " + n.startDate() + " " + n.startHalf() + " → "
                        + n.endDate() + " " + n.endHalf() + " (" + LeaveBalance.days(halfDays) + " d)"));
        return LeaveRequestView.of(request);
    }

    public List<LeaveRequestView> mine() {
        Employee me = own(callers.current());
        return em.createNamedQuery("LeaveRequest.ofEmployee", LeaveRequest.class).setParameter("employee", me)
                .getResultList().stream().map(LeaveRequestView::of).toList();
    }

    /** One request: its agent, its approver (or delegate), HR/ADMIN of the employer; anyone else gets 404. */
    public LeaveRequestView find(Long id) {
        Caller caller = callers.current();
        LeaveRequest r = visible(caller, id);
        return LeaveRequestView.of(r);
    }

    public LeaveRequestView cancel(Long id) {
        Caller caller = callers.current();
        LeaveRequest r = load(id);
        if (!Objects.equals(r.getEmployee().getId(), caller.employeeId())) {
            visible(caller, id);
            throw new AccessDeniedException();
        }
        r.cancel(caller.login(), today(), clock.instant());
        flush();
        if (r.getStatus() == LeaveStatus.CANCEL_REQUESTED) {
            notifyApprovers(r, "cancellation");
        }
        audit.record(AuditEntry.success(caller.login(), r.getEmployee().getEmployer().getId(),
                r.getStatus() == LeaveStatus.CANCELLED ? "LEAVE_CANCEL" : "LEAVE_CANCEL_REQUEST", "leave:" + id, null));
        return LeaveRequestView.of(r);
    }

    public LeaveRequestView approve(Long id) {
        Caller caller = callers.current();
        LeaveRequest r = visible(caller, id);
        Decider d = decider(caller, r);
        LeaveStatus before = r.getStatus();
        r.approve(caller.name(), d.actingFor(), clock.instant());
        flush();
        notifyAgent(r);
        audit.record(AuditEntry.success(caller.login(), r.getEmployee().getEmployer().getId(),
                before == LeaveStatus.CANCEL_REQUESTED ? "LEAVE_CANCEL_ACCEPT" : "LEAVE_APPROVE", "leave:" + id,
                d.actingFor() == null ? null : "for " + d.actingFor()));
        return LeaveRequestView.of(r);
    }

    public LeaveRequestView refuse(Long id, String reason) {
        Caller caller = callers.current();
        LeaveRequest r = visible(caller, id);
        Decider d = decider(caller, r);
        LeaveStatus before = r.getStatus();
        r.refuse(caller.name(), d.actingFor(), reason, clock.instant());
        flush();
        notifyAgent(r);
        audit.record(AuditEntry.success(caller.login(), r.getEmployee().getEmployer().getId(),
                before == LeaveStatus.CANCEL_REQUESTED ? "LEAVE_CANCEL_REFUSE" : "LEAVE_REFUSE", "leave:" + id,
                (d.actingFor() == null ? "" : "for " + d.actingFor() + ": ") + reason));
        return LeaveRequestView.of(r);
    }

    /** What the caller may decide now (directly, as a delegate, or as HR for agents without an approver). */
    public List<ApprovalView> approvals() {
        Caller caller = callers.current();
        LeaveLedger ledger = ledger();
        List<ApprovalView> result = new ArrayList<>();
        for (Long employerId : caller.employerIds()) {
            Employer employer = em.find(Employer.class, employerId);
            List<LeaveRequest> pending = em.createNamedQuery("LeaveRequest.pendingOfEmployer", LeaveRequest.class)
                    .setParameter("employer", employer)
                    .setParameter("statuses", EnumSet.of(LeaveStatus.SUBMITTED, LeaveStatus.CANCEL_REQUESTED))
                    .getResultList();
            for (LeaveRequest r : pending) {
                Decider d = deciderOrNull(caller, r);
                if (d != null) {
                    result.add(new ApprovalView(LeaveRequestView.of(r),
                            ledger.balance(r.getEmployee(), r.getType(), r.getStartDate().getYear()),
                            teamAway(r), d.actingFor()));
                }
            }
        }
        return result;
    }

    /**
     * Leave (pending and approved) of the agents the caller approves, directly or by delegation, overlapping the
     * period: the team calendar.
     */
    public List<LeaveRequestView> team(LocalDate from, LocalDate to) {
        Caller caller = callers.current();
        if (caller.employeeId() == null || from == null || to == null || to.isBefore(from)) {
            return List.of();
        }
        Employee me = em.find(Employee.class, caller.employeeId());
        LeaveLedger ledger = ledger();
        List<Employee> managers = new ArrayList<>(ledger.delegatorsOf(me, today()));
        managers.add(me);
        return em.createNamedQuery("LeaveRequest.overlapping", LeaveRequest.class)
                .setParameter("employer", me.getEmployer())
                .setParameter("statuses", EnumSet.of(LeaveStatus.SUBMITTED, LeaveStatus.APPROVED,
                        LeaveStatus.CANCEL_REQUESTED))
                .setParameter("from", from).setParameter("to", to).getResultList().stream()
                .filter(r -> ledger.approvers(r.getEmployee()).stream()
                        .anyMatch(a -> managers.stream().anyMatch(m -> m.getId().equals(a.getId()))))
                .map(LeaveRequestView::of).toList();
    }

    /**
     * All requests of an employer, for HR, optionally filtered by status and period. An ADMIN who is not also HR
     * administers the application, does not read the agents' absences: 404, audited.
     */
    public List<LeaveRequestView> ofEmployer(Long employerId, LeaveStatus status, LocalDate from, LocalDate to) {
        Caller caller = callers.current();
        callers.requireEmployer(caller, employerId, "employer:" + employerId);
        if (caller.hasAnyRole(Role.ADMIN) && !caller.hasAnyRole(Role.HR)) {
            throw callers.denied(caller, employerId, "leave-requests:" + employerId);
        }
        caller.requireAnyRole(Role.HR);
        return em.createNamedQuery("LeaveRequest.ofEmployer", LeaveRequest.class)
                .setParameter("employer", em.find(Employer.class, employerId)).getResultList().stream()
                .filter(r -> status == null || r.getStatus() == status)
                .filter(r -> from == null || !r.getEndDate().isBefore(from))
                .filter(r -> to == null || !r.getStartDate().isAfter(to))
                .map(LeaveRequestView::of).toList();
    }

    /** Tells the approvers (or HR when the agent has none) that a request awaits them. No leave data is hidden. */
    private void notifyApprovers(LeaveRequest r, String what) {
        LeaveLedger ledger = ledger();
        java.util.Set<Employee> approvers = new java.util.LinkedHashSet<>(ledger.approvers(r.getEmployee()));
        if (approvers.isEmpty()) {
            em.createNamedQuery("UserAccount.byEmployer", UserAccount.class)
                    .setParameter("employer", r.getEmployee().getEmployer()).getResultList().stream()
                    .filter(a -> a.isActive() && a.hasRole(Role.HR) && a.getEmployee() != null
                            && !a.getEmployee().getId().equals(r.getEmployee().getId()))
                    .forEach(a -> approvers.add(a.getEmployee()));
        }
        String subject = ("cancellation".equals(what) ? "[RH Démat] Demande d'annulation de congé de "
                : "[RH Démat] Demande de congé à valider : ") + r.getEmployee().fullName();
        String body = "Bonjour,\n\n" + r.getEmployee().fullName() + " demande "
                + ("cancellation".equals(what) ? "l'annulation d'un congé accepté" : "un congé") + " :\n"
                + describe(r) + "\n\nPour décider : " + org.hrdemat.shared.Settings.baseUrl()
                + "/leave/approvals.xhtml\n\n-- RH Démat";
        for (Employee a : approvers) {
            notifications.queue(a.getEmail(), subject, body);
        }
    }

    /** Tells the agent the decision. */
    private void notifyAgent(LeaveRequest r) {
        String status = switch (r.getStatus()) {
            case APPROVED -> "acceptée";
            case REFUSED -> "refusée";
            case CANCELLED -> "annulée";
            default -> r.getStatus().name();
        };
        String subject = "[RH Démat] Votre demande de congé est " + status;
        String body = "Bonjour " + r.getEmployee().fullName() + ",\n\nVotre demande :\n" + describe(r)
                + "\n\nest " + status + " par " + r.getDecidedBy()
                + (r.getDecidedFor() == null ? "" : " pour " + r.getDecidedFor())
                + (r.getDecisionReason() == null ? "" : ".\nMotif : " + r.getDecisionReason())
                + "\n\nVos congés : " + org.hrdemat.shared.Settings.baseUrl() + "/leave/my.xhtml\n\n-- RH Démat";
        notifications.queue(r.getEmployee().getEmail(), subject, body);
    }

    private static String describe(LeaveRequest r) {
        java.time.format.DateTimeFormatter f = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");
        return r.getType().getLabel() + " du " + f.format(r.getStartDate())
                + (r.getStartHalf() == org.hrdemat.leave.entity.HalfDay.PM ? " après-midi" : "") + " au "
                + f.format(r.getEndDate()) + (r.getEndHalf() == org.hrdemat.leave.entity.HalfDay.AM ? " midi" : "")
                + " (" + LeaveBalance.days(r.getHalfDays()) + " jour(s) ouvré(s))";
    }

    /** Names of the other agents of the same unit who are away (approved or pending) during the request. */
    List<String> teamAway(LeaveRequest r) {
        if (r.getEmployee().getOrgUnit() == null) {
            return List.of();
        }
        return em.createNamedQuery("LeaveRequest.overlapping", LeaveRequest.class)
                .setParameter("employer", r.getEmployee().getEmployer())
                .setParameter("statuses", EnumSet.of(LeaveStatus.SUBMITTED, LeaveStatus.APPROVED,
                        LeaveStatus.CANCEL_REQUESTED))
                .setParameter("from", r.getStartDate()).setParameter("to", r.getEndDate()).getResultList().stream()
                .filter(o -> !o.getEmployee().getId().equals(r.getEmployee().getId()))
                .filter(o -> o.getEmployee().getOrgUnit() != null
                        && o.getEmployee().getOrgUnit().getId().equals(r.getEmployee().getOrgUnit().getId()))
                .filter(o -> o.overlaps(r.startKey(), r.endKey()))
                .map(o -> o.getEmployee().fullName() + " (" + o.getStatus() + ")").distinct().toList();
    }

    private Decider decider(Caller caller, LeaveRequest r) {
        if (Objects.equals(r.getEmployee().getId(), caller.employeeId())) {
            throw new AccessDeniedException();
        }
        Decider d = deciderOrNull(caller, r);
        if (d == null) {
            throw new AccessDeniedException();
        }
        return d;
    }

    /** Whether the caller may decide the request now, and for whom. */
    private Decider deciderOrNull(Caller caller, LeaveRequest r) {
        Employee agent = r.getEmployee();
        if (Objects.equals(agent.getId(), caller.employeeId()) || !caller.mayActFor(agent.getEmployer().getId())) {
            return null;
        }
        LeaveLedger ledger = ledger();
        var approvers = ledger.approvers(agent);
        if (caller.employeeId() != null) {
            if (approvers.stream().anyMatch(a -> a.getId().equals(caller.employeeId()))) {
                return new Decider(true, null);
            }
            Employee me = em.find(Employee.class, caller.employeeId());
            for (Employee manager : ledger.delegatorsOf(me, today())) {
                if (approvers.stream().anyMatch(a -> a.getId().equals(manager.getId()))) {
                    return new Decider(true, manager.fullName());
                }
            }
        }
        if (approvers.isEmpty() && caller.hasAnyRole(Role.HR)) {
            return new Decider(true, null);
        }
        return null;
    }

    private LeaveRequest visible(Caller caller, Long id) {
        LeaveRequest r = load(id);
        Employee agent = r.getEmployee();
        boolean own = Objects.equals(agent.getId(), caller.employeeId());
        boolean hr = caller.hasAnyRole(Role.HR) && caller.mayActFor(agent.getEmployer().getId());
        if (!own && !hr && deciderOrNull(caller, r) == null) {
            throw callers.denied(caller, agent.getEmployer().getId(), "leave:" + id);
        }
        return r;
    }

    private LeaveRequest load(Long id) {
        LeaveRequest r = id == null ? null : em.find(LeaveRequest.class, id);
        if (r == null) {
            throw new NotFoundException();
        }
        return r;
    }

    private Employee own(Caller caller) {
        if (caller.employeeId() == null) {
            throw new ConflictException("leave.noEmployee");
        }
        return em.find(Employee.class, caller.employeeId());
    }

    /** Writes now so that a concurrent decision on the same request fails here with a clear message. */
    private void flush() {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new ConflictException("leave.concurrentDecision");
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(PARIS));
    }

    private LeaveLedger ledger() {
        return new LeaveLedger(em);
    }
}
