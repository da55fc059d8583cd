package org.hrdemat.payslip.boundary;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.hrdemat.audit.boundary.AuditEntry;
import org.hrdemat.audit.boundary.AuditLog;
import org.hrdemat.document.control.SealKeys;
import org.hrdemat.identity.boundary.Caller;
import org.hrdemat.identity.boundary.Callers;
import org.hrdemat.identity.entity.Employee;
import org.hrdemat.identity.entity.Role;
import org.hrdemat.payslip.entity.Payslip;
import org.hrdemat.shared.NotFoundException;

/** The agent's digital safe: their published payslips, newest first; every download audited. */
@Stateless
public class Payslips {

    /** A payslip as lists show it. */
    public record PayslipView(Long id, String period, int version, Instant publishedAt, LocalDate availableUntil,
                              boolean pdfA)
            implements Serializable {
    }

    /** The agent's choice: paper or not, and from which payroll period it applies. */
    public record PaperPreference(boolean paper, String effectiveFrom) implements Serializable {
    }

    /** A payslip's PDF and the name to give it. */
    public record Download(String fileName, byte[] pdf) {
    }

    /** What an authenticity check tells a third party: only initials, the period and the employer. */
    public record Verification(boolean valid, String initials, String period, int version, String employer)
            implements Serializable {
    }

    @PersistenceContext
    EntityManager em;

    @EJB
    Callers callers;

    @EJB
    AuditLog audit;

    public List<PayslipView> mine() {
        Caller caller = callers.current();
        if (caller.employeeId() == null) {
            return List.of();
        }
        return em.createNamedQuery("Payslip.publishedOf", Payslip.class).setParameter("employee", caller.employeeId())
                .getResultList().stream().map(p -> new PayslipView(p.getId(), p.getPeriod(), p.getVersion(),
                        p.getPublishedAt(), p.getAvailableUntil(), p.isPdfA())).toList();
    }

    /**
     * Public authenticity check (a bank, a landlord): the file is valid when it is, byte for byte, a published
     * payslip of this installation. Answers initials only. No login; the check is audited without personal data.
     */
    public Verification verify(byte[] pdf) {
        if (pdf == null || pdf.length < 5 || !new String(pdf, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)
                .equals("%PDF-")) {
            throw new org.hrdemat.shared.InvalidInputException("verify.notPdf");
        }
        String sha = org.hrdemat.document.control.Sha256.of(pdf);
        List<Payslip> found = em.createNamedQuery("Payslip.bySha", Payslip.class).setParameter("sha", sha).getResultList();
        if (found.isEmpty()) {
            // not one of ours; a file that is not even a readable PDF is said to be so
            org.hrdemat.document.control.UntrustedPdf.read(() -> {
                try (var doc = new com.itextpdf.kernel.pdf.PdfDocument(
                        org.hrdemat.document.control.UntrustedPdf.reader(pdf))) {
                    return doc.getNumberOfPages();
                }
            });
            audit.record(AuditEntry.failure("anonymous", null, "PAYSLIP_VERIFY", null, "no match"));
            return new Verification(false, null, null, 0, null);
        }
        Payslip p = found.get(0);
        Employee e = em.find(Employee.class, p.getEmployeeId());
        audit.record(AuditEntry.success("anonymous", p.getEmployerId(), "PAYSLIP_VERIFY", "payslip:" + p.getId(), "match"));
        return new Verification(true, e.getFirstName().charAt(0) + ". " + e.getLastName().charAt(0) + ".", p.getPeriod(),
                p.getVersion(), e.getEmployer().getName());
    }

    public PaperPreference paperPreference() {
        Caller caller = callers.current();
        Employee e = own(caller);
        return new PaperPreference(e.isPaperPayslip(), e.getPaperFrom());
    }

    /** The agent refuses (or accepts again) electronic payslips; audited. */
    public PaperPreference choosePaper(boolean paper) {
        Caller caller = callers.current();
        Employee e = own(caller);
        e.choosePaperPayslips(paper, java.time.YearMonth.now(java.time.ZoneId.of("Europe/Paris")));
        audit.record(AuditEntry.success(caller.login(), e.getEmployer().getId(), "PAYSLIP_PAPER_CHOICE",
                "employee:" + e.getId(), paper ? "paper from " + e.getPaperFrom() : "electronic"));
        return new PaperPreference(e.isPaperPayslip(), e.getPaperFrom());
    }

    private Employee own(Caller caller) {
        if (caller.employeeId() == null) {
            throw new org.hrdemat.shared.ConflictException("leave.noEmployee");
        }
        return em.find(Employee.class, caller.employeeId());
    }

    /** All of the caller's published payslips in one ZIP (portability), audited. */
    public byte[] zipOfMine() {
        Caller caller = callers.current();
        if (caller.employeeId() == null) {
            return new byte[0];
        }
        Employee e = em.find(Employee.class, caller.employeeId());
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        int n = 0;
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(out)) {
            for (Payslip p : em.createNamedQuery("Payslip.publishedOf", Payslip.class)
                    .setParameter("employee", caller.employeeId()).getResultList()) {
                zip.putNextEntry(new java.util.zip.ZipEntry("bulletin-" + p.getPeriod() + "-" + e.getMatricule()
                        + (p.getVersion() > 1 ? "-v" + p.getVersion() : "") + ".pdf"));
                zip.write(SealKeys.store().get(p.getDocumentSha()));
                zip.closeEntry();
                n++;
            }
        } catch (java.io.IOException ex) {
            throw new java.io.UncheckedIOException(ex);
        }
        audit.record(AuditEntry.success(caller.login(), e.getEmployer().getId(), "PAYSLIP_DOWNLOAD_ALL",
                "employee:" + e.getId(), n + " payslip(s)"));
        return out.toByteArray();
    }

    /**
     * The sealed PDF: its agent (once published) or HR of the employer; anyone else — an ADMIN who is not also HR
     * included: payslips are confidential, administering is not reading — gets 404, audited.
     */
    public Download pdf(Long id) {
        Caller caller = callers.current();
        Payslip p = id == null ? null : em.find(Payslip.class, id);
        if (p == null) {
            throw new NotFoundException();
        }
        boolean own = Objects.equals(p.getEmployeeId(), caller.employeeId()) && p.getPublishedAt() != null;
        boolean hr = caller.hasAnyRole(Role.HR) && caller.mayActFor(p.getEmployerId());
        if (!own && !hr) {
            throw callers.denied(caller, p.getEmployerId(), "payslip:" + id);
        }
        byte[] pdf = SealKeys.store().get(p.getDocumentSha());
        Employee e = em.find(Employee.class, p.getEmployeeId());
        audit.record(AuditEntry.success(caller.login(), p.getEmployerId(), "PAYSLIP_DOWNLOAD", "payslip:" + id,
                p.getPeriod() + " v" + p.getVersion() + " of " + e.getMatricule()));
        return new Download("bulletin-" + p.getPeriod() + "-" + e.getMatricule()
                + (p.getVersion() > 1 ? "-v" + p.getVersion() : "") + ".pdf", pdf);
    }
}
