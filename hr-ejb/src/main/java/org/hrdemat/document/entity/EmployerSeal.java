package org.hrdemat.document.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * An employer's sealing certificate and key, as a PKCS#12 re-protected by a random password that is itself
 * wrapped by the installation's master key. The uploaded file's password is never stored. The newest active one is
 * used; older ones are kept (documents sealed with them remain verifiable).
 */
@Entity
@Table(name = "employer_seal")
@NamedQuery(name = "EmployerSeal.current", query = "select s from EmployerSeal s where s.employerId = :employer "
        + "and s.active = true order by s.id desc")
public class EmployerSeal {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "employer_id", nullable = false)
    private Long employerId;

    @jakarta.validation.constraints.Size(max = 500)
    @Column(nullable = false, length = 500)
    private String subject;

    @Column(name = "not_after", nullable = false)
    private Instant notAfter;

    /** The PKCS#12, base64. */
    @jakarta.validation.constraints.Size(max = 20000)
    @Column(name = "pkcs12", nullable = false, length = 20000)
    private String pkcs12;

    @jakarta.validation.constraints.Size(max = 200)
    @Column(name = "wrapped_password", nullable = false, length = 200)
    private String wrappedPassword;

    @Column(nullable = false)
    private boolean demo;

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @jakarta.validation.constraints.Size(max = 100)
    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy;

    protected EmployerSeal() {
    }

    public EmployerSeal(Long employerId, String subject, Instant notAfter, String pkcs12, String wrappedPassword,
                        boolean demo, Instant createdAt, String createdBy) {
        this.employerId = employerId;
        this.subject = subject;
        this.notAfter = notAfter;
        this.pkcs12 = pkcs12;
        this.wrappedPassword = wrappedPassword;
        this.demo = demo;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    public void retire() {
        active = false;
    }

    public Long getId() {
        return id;
    }

    public Long getEmployerId() {
        return employerId;
    }

    public String getSubject() {
        return subject;
    }

    public Instant getNotAfter() {
        return notAfter;
    }

    public String getPkcs12() {
        return pkcs12;
    }

    public String getWrappedPassword() {
        return wrappedPassword;
    }

    public boolean isDemo() {
        return demo;
    }

    public boolean isActive() {
        return active;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
