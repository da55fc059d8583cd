package org.hrdemat.document.boundary;

import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.Paragraph;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.Serializable;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.hrdemat.audit.boundary.AuditEntry;
import org.hrdemat.audit.boundary.AuditLog;
import org.hrdemat.document.control.MasterKey;
import org.hrdemat.document.control.PdfA;
import org.hrdemat.document.control.PdfSealer;
import org.hrdemat.document.control.Pki;
import org.hrdemat.document.control.SealKeys;
import org.hrdemat.document.entity.EmployerSeal;
import org.hrdemat.identity.boundary.Caller;
import org.hrdemat.identity.boundary.Callers;
import org.hrdemat.identity.entity.Employer;
import org.hrdemat.identity.entity.Role;
import org.hrdemat.shared.InvalidInputException;

/**
 * The employer's seal: ADMIN installs a PKCS#12 (its password is used once, never stored); HR and ADMIN of the
 * employer seal documents with it. Demo installations get a demo certificate, named as such.
 */
@Stateless
public class Seals {

    /** What pages and the API show of a seal (never the key). */
    public record SealView(String subject, Instant notAfter, boolean demo, Instant installedAt) implements Serializable {
    }

    @PersistenceContext
    EntityManager em;

    @EJB
    Callers callers;

    @EJB
    AuditLog audit;

    @Inject
    Clock clock;

    public SealView current(Long employerId) {
        Caller caller = callers.current();
        callers.requireEmployer(caller, employerId, "employer:" + employerId);
        caller.requireAnyRole(Role.HR, Role.ADMIN);
        EmployerSeal s = currentSeal(employerId);
        return s == null ? null : view(s);
    }

    /** Installs a new seal from a PKCS#12 file and its password; the previous one is retired, not deleted. */
    public SealView install(Long employerId, byte[] pkcs12, String password) {
        Caller caller = callers.current();
        callers.requireEmployer(caller, employerId, "employer:" + employerId);
        caller.requireAnyRole(Role.ADMIN);
        if (pkcs12 == null || pkcs12.length == 0 || pkcs12.length > 12_000) {
            throw new InvalidInputException("seal.unreadable");
        }
        Pki.Credential credential;
        try {
            credential = Pki.fromPkcs12(pkcs12, password == null ? new char[0] : password.toCharArray());
            credential.certificate().checkValidity();
        } catch (CertificateExpiredException | CertificateNotYetValidException e) {
            throw new InvalidInputException("seal.expired");
        } catch (GeneralSecurityException | IOException | RuntimeException e) {
            throw new InvalidInputException("seal.unreadable");
        }
        EmployerSeal seal = store(employerId, credential, false, caller.login());
        audit.record(AuditEntry.success(caller.login(), employerId, "SEAL_INSTALL", "seal:" + seal.getId(),
                seal.getSubject() + " until " + seal.getNotAfter()));
        return view(seal);
    }

    /** Seals a PDF with the employer's current seal (PAdES, whole document). HR and ADMIN of the employer. */
    public byte[] seal(Long employerId, byte[] pdf, String reason) {
        Caller caller = callers.current();
        callers.requireEmployer(caller, employerId, "employer:" + employerId);
        caller.requireAnyRole(Role.HR, Role.ADMIN);
        return sealAsSystem(employerId, pdf, reason);
    }

    /** A one-page PDF/A sealed with the current seal, so that an administrator can check it with any reader. */
    public byte[] sample(Long employerId) {
        Caller caller = callers.current();
        callers.requireEmployer(caller, employerId, "employer:" + employerId);
        caller.requireAnyRole(Role.ADMIN);
        Employer employer = em.find(Employer.class, employerId);
        byte[] pdf = PdfA.create("Test du cachet", employer.getName(), (doc, regular, bold) -> {
            try (Document d = new Document(doc)) {
                d.add(new Paragraph("Test du cachet électronique — " + employer.getName()).setFont(bold));
                d.add(new Paragraph("Document produit le " + clock.instant() + " pour vérifier le cachet.").setFont(regular));
            }
        });
        return sealAsSystem(employerId, pdf, "Test du cachet de " + employer.getName());
    }

    byte[] sealAsSystem(Long employerId, byte[] pdf, String reason) {
        return PdfSealer.sign(pdf, SealKeys.load(em, employerId), "seal-" + System.currentTimeMillis(), reason,
                em.find(Employer.class, employerId).getName(), org.hrdemat.document.control.Timestamps.client());
    }

    /** Creates the demo CA's seal for an employer (demo mode only; called at start-up by the demo data). */
    public static EmployerSeal createDemo(EntityManager em, Employer employer, Pki.Credential demoCa, Instant now) {
        Pki.Credential seal = Pki.issue(demoCa, "CN=DÉMO - Cachet " + employer.getName().replace(",", " ")
                + ", O=DEMONSTRATION SANS VALEUR, C=FR", 5);
        EmployerSeal s = wrap(employer.getId(), seal, true, "demo", now);
        em.persist(s);
        return s;
    }

    private EmployerSeal store(Long employerId, Pki.Credential credential, boolean demo, String by) {
        List<EmployerSeal> previous = em.createNamedQuery("EmployerSeal.current", EmployerSeal.class)
                .setParameter("employer", employerId).getResultList();
        previous.forEach(EmployerSeal::retire);
        EmployerSeal s = wrap(employerId, credential, demo, by, clock.instant());
        em.persist(s);
        em.flush();
        return s;
    }

    private static EmployerSeal wrap(Long employerId, Pki.Credential credential, boolean demo, String by, Instant now) {
        String secret = MasterKey.randomSecret();
        byte[] rewrapped = Pki.toPkcs12(credential, secret.toCharArray());
        return new EmployerSeal(employerId, credential.certificate().getSubjectX500Principal().getName(),
                credential.certificate().getNotAfter().toInstant(), Base64.getEncoder().encodeToString(rewrapped),
                master().wrap(secret), demo, now, by);
    }

    private EmployerSeal currentSeal(Long employerId) {
        return SealKeys.current(em, employerId);
    }

    static MasterKey master() {
        return SealKeys.master();
    }

    static SealView view(EmployerSeal s) {
        return new SealView(s.getSubject(), s.getNotAfter(), s.isDemo(), s.getCreatedAt());
    }
}
