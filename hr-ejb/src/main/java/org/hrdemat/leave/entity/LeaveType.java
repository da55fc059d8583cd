package org.hrdemat.leave.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hrdemat.identity.entity.Employer;

/** A kind of leave of an employer (CA, RTT, CET, FRAC, special absences) and how it is counted. */
@Entity
@Table(name = "leave_type")
@NamedQuery(name = "LeaveType.byEmployer", query = "select t from LeaveType t where t.employer = :employer order by t.id")
@NamedQuery(name = "LeaveType.byCode", query = "select t from LeaveType t where t.employer = :employer and t.code = :code")
public class LeaveType {

    public static final String CA = "CA";
    public static final String RTT = "RTT";
    public static final String CET = "CET";
    public static final String FRAC = "FRAC";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "employer_id", nullable = false)
    private Employer employer;

    @jakarta.validation.constraints.Size(max = 20)
    @Column(nullable = false, length = 20)
    private String code;

    @jakarta.validation.constraints.Size(max = 100)
    @Column(nullable = false, length = 100)
    private String label;

    @Column(name = "needs_balance", nullable = false)
    private boolean needsBalance;

    @Column(name = "needs_document", nullable = false)
    private boolean needsDocument;

    @Column(name = "half_days_allowed", nullable = false)
    private boolean halfDaysAllowed;

    /** RTT: days of the work cycle for a full-time agent, in half days; null for other types. */
    @Column(name = "full_time_half_days")
    private Integer fullTimeHalfDays;

    @Column(nullable = false)
    private boolean active = true;

    @Version
    private long version;

    protected LeaveType() {
    }

    public LeaveType(Employer employer, String code, String label, boolean needsBalance, boolean needsDocument,
                     boolean halfDaysAllowed, Integer fullTimeHalfDays) {
        this.employer = employer;
        this.code = code;
        this.label = label;
        this.needsBalance = needsBalance;
        this.needsDocument = needsDocument;
        this.halfDaysAllowed = halfDaysAllowed;
        this.fullTimeHalfDays = fullTimeHalfDays;
    }

    /** The employer's policy for this type; RTT carries the full-time days of the work cycle (in half days). */
    public void configure(String newLabel, boolean documentRequired, boolean halfDays, Integer fullTimeHalves,
                          boolean isActive) {
        if (newLabel == null || newLabel.isBlank()) {
            throw new IllegalArgumentException("label");
        }
        if (fullTimeHalves != null && (fullTimeHalves < 0 || fullTimeHalves > 2 * 60)) {
            throw new IllegalArgumentException("rttDays");
        }
        this.label = newLabel.trim();
        this.needsDocument = documentRequired;
        this.halfDaysAllowed = halfDays;
        this.fullTimeHalfDays = RTT.equals(code) ? fullTimeHalves : null;
        this.active = isActive;
    }

    public long getVersion() {
        return version;
    }

    public Long getId() {
        return id;
    }

    public Employer getEmployer() {
        return employer;
    }

    public String getCode() {
        return code;
    }

    public String getLabel() {
        return label;
    }

    public boolean isNeedsBalance() {
        return needsBalance;
    }

    public boolean isNeedsDocument() {
        return needsDocument;
    }

    public boolean isHalfDaysAllowed() {
        return halfDaysAllowed;
    }

    public Integer getFullTimeHalfDays() {
        return fullTimeHalfDays;
    }

    public boolean isActive() {
        return active;
    }
}
