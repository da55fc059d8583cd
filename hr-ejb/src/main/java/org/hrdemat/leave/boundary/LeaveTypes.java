package org.hrdemat.leave.boundary;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import org.hrdemat.audit.boundary.AuditEntry;
import org.hrdemat.audit.boundary.AuditLog;
import org.hrdemat.identity.boundary.Caller;
import org.hrdemat.identity.boundary.Callers;
import org.hrdemat.identity.entity.Employer;
import org.hrdemat.identity.entity.Role;
import org.hrdemat.leave.entity.LeaveType;
import org.hrdemat.shared.ConflictException;
import org.hrdemat.shared.InvalidInputException;
import org.hrdemat.shared.NotFoundException;

/** The leave policy of an employer: its leave types; everyone of the employer reads them, ADMIN changes them. */
@Stateless
public class LeaveTypes {

    /** A leave type as pages and the API show it; {@code rttDays} is the full-time RTT of the work cycle. */
    public record LeaveTypeView(String code, String label, boolean needsBalance, boolean needsDocument,
                                boolean halfDaysAllowed, BigDecimal rttDays, boolean active, long version)
            implements Serializable {
    }

    @PersistenceContext
    EntityManager em;

    @EJB
    Callers callers;

    @EJB
    AuditLog audit;

    public List<LeaveTypeView> list(Long employerId) {
        Caller caller = callers.current();
        callers.requireEmployer(caller, employerId, "employer:" + employerId);
        return new LeaveLedger(em).types(em.find(Employer.class, employerId)).stream().map(LeaveTypes::view).toList();
    }

    public LeaveTypeView configure(Long employerId, String code, long expectedVersion, String label,
                                   boolean needsDocument, boolean halfDaysAllowed, BigDecimal rttDays, boolean active) {
        Caller caller = callers.current();
        callers.requireEmployer(caller, employerId, "employer:" + employerId);
        caller.requireAnyRole(Role.ADMIN);
        LeaveType type = new LeaveLedger(em).type(em.find(Employer.class, employerId), code);
        if (type == null) {
            throw new NotFoundException();
        }
        if (type.getVersion() != expectedVersion) {
            throw new ConflictException("error.staleVersion");
        }
        Integer halves = null;
        if (rttDays != null) {
            BigDecimal h = rttDays.multiply(BigDecimal.valueOf(2));
            if (h.stripTrailingZeros().scale() > 0) {
                throw new InvalidInputException("invalid.rttDays");
            }
            halves = h.intValue();
        }
        try {
            type.configure(label, needsDocument, halfDaysAllowed, halves, active);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("invalid." + e.getMessage());
        }
        em.flush();
        audit.record(AuditEntry.success(caller.login(), employerId, "LEAVE_TYPE_UPDATE", "leavetype:" + code,
                "label=" + label + ", document=" + needsDocument + ", halfDays=" + halfDaysAllowed
                        + (halves == null ? "" : ", rtt=" + LeaveBalance.days(halves)) + ", active=" + active));
        return view(type);
    }

    static LeaveTypeView view(LeaveType t) {
        return new LeaveTypeView(t.getCode(), t.getLabel(), t.isNeedsBalance(), t.isNeedsDocument(),
                t.isHalfDaysAllowed(), t.getFullTimeHalfDays() == null ? null : LeaveBalance.days(t.getFullTimeHalfDays()),
                t.isActive(), t.getVersion());
    }
}
