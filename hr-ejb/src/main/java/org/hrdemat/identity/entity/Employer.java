package org.hrdemat.identity.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Objects;

/** A collectivité (commune, EPCI, département, CDG…): every HR record belongs to exactly one employer. */
@Entity
@Table(name = "employer")
@NamedQuery(name = "Employer.byIds", query = "select e from Employer e where e.id in :ids order by e.name")
@NamedQuery(name = "Employer.byName", query = "select e from Employer e where e.name = :name")
public class Employer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @jakarta.validation.constraints.Size(max = 200)
    @Column(nullable = false, length = 200)
    private String name;

    /** 14-digit SIRET of the establishment. */
    @jakarta.validation.constraints.Size(max = 14)
    @Column(length = 14)
    private String siret;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private EmployerType type;

    @Enumerated(EnumType.STRING)
    @Column(name = "holiday_calendar", nullable = false, length = 20)
    private HolidayCalendar holidayCalendar;

    @Enumerated(EnumType.STRING)
    @Column(name = "payslip_retention", nullable = false, length = 20)
    private PayslipRetention payslipRetention = PayslipRetention.FIFTY_YEARS;

    /** The title under which the employer's signatory signs contracts; printed by the templates. */
    @jakarta.validation.constraints.Size(max = 200)
    @jakarta.persistence.Column(name = "signatory_title", length = 200)
    private String signatoryTitle;

    @Column(nullable = false)
    private boolean active = true;

    @Version
    private long version;

    protected Employer() {
    }

    public Employer(String name, String siret, EmployerType type, HolidayCalendar calendar) {
        rename(name, siret, type, calendar);
    }

    /** Changes the employer's identity; SIRET must be 14 digits when given. */
    public final void rename(String name, String siret, EmployerType type, HolidayCalendar calendar) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("name");
        }
        if (siret != null && !siret.isBlank() && !siret.matches("\\d{14}")) {
            throw new IllegalArgumentException("siret");
        }
        this.name = name.trim();
        this.siret = siret == null || siret.isBlank() ? null : siret;
        this.type = Objects.requireNonNull(type);
        this.holidayCalendar = Objects.requireNonNull(calendar);
    }

    public void choosePayslipRetention(PayslipRetention retention) {
        this.payslipRetention = java.util.Objects.requireNonNull(retention);
    }

    /** A blank title clears it; longer than 200 characters is refused. */
    public void setSignatoryTitle(String title) {
        String t = title == null ? null : title.trim();
        if (t != null && t.length() > 200) {
            throw new IllegalArgumentException("signatoryTitle");
        }
        this.signatoryTitle = t == null || t.isEmpty() ? null : t;
    }

    public String getSignatoryTitle() {
        return signatoryTitle;
    }

    public PayslipRetention getPayslipRetention() {
        return payslipRetention;
    }

    public void deactivate() {
        this.active = false;
    }

    public void activate() {
        this.active = true;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getSiret() {
        return siret;
    }

    public EmployerType getType() {
        return type;
    }

    public HolidayCalendar getHolidayCalendar() {
        return holidayCalendar;
    }

    public boolean isActive() {
        return active;
    }

    public long getVersion() {
        return version;
    }
}
