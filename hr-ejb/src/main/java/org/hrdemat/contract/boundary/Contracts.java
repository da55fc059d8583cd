package org.hrdemat.contract.boundary;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.StringReader;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.hrdemat.audit.boundary.AuditEntry;
import org.hrdemat.audit.boundary.AuditLog;
import org.hrdemat.contract.boundary.ContractViews.ContractView;
import org.hrdemat.contract.boundary.ContractViews.Download;
import org.hrdemat.contract.boundary.ContractViews.FieldView;
import org.hrdemat.contract.boundary.ContractViews.TemplateView;
import org.hrdemat.contract.control.ContractTemplate;
import org.hrdemat.contract.control.ContractTemplates;
import org.hrdemat.contract.entity.Contract;
import org.hrdemat.contract.entity.ContractStatus;
import org.hrdemat.document.control.HtmlPdfA;
import org.hrdemat.document.control.SealKeys;
import org.hrdemat.identity.boundary.Caller;
import org.hrdemat.identity.boundary.Callers;
import org.hrdemat.identity.entity.Employee;
import org.hrdemat.identity.entity.Employer;
import org.hrdemat.identity.entity.Role;
import org.hrdemat.identity.entity.UserAccount;
import org.hrdemat.shared.InvalidInputException;
import org.hrdemat.shared.NotFoundException;
import org.hrdemat.shared.Settings;

/**
 * Contracts generated from templates. HR of the employer generates one for an agent (the PDF/A records the template
 * version), previews it and lists the employer's contracts; the agent sees theirs once sent for signature.
 */
@Stateless
public class Contracts {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @PersistenceContext
    EntityManager em;

    @EJB
    Callers callers;

    @EJB
    AuditLog audit;

    @Inject
    Clock clock;

    /** The templates HR may generate from (built-in and the installation's own). */
    public List<TemplateView> templates() {
        Caller caller = callers.current();
        caller.requireAnyRole(Role.HR, Role.ADMIN);
        return ContractTemplates.all(templatesDir()).stream().map(Contracts::view).toList();
    }

    /** HR generates a document for an agent of its employer; a missing or invalid field is refused by name. */
    public ContractView create(Long employeeId, String templateName, Map<String, String> fields) {
        Caller caller = callers.current();
        Employee e = employeeId == null ? null : em.find(Employee.class, employeeId);
        if (e == null) {
            throw new InvalidInputException("invalid.employee");
        }
        callers.requireEmployer(caller, e.getEmployer().getId(), "employee:" + employeeId);
        caller.requireAnyRole(Role.HR);
        ContractTemplate template = templateName == null ? null
                : ContractTemplates.find(templatesDir(), templateName.trim()).orElse(null);
        if (template == null) {
            throw new InvalidInputException("contract.unknownTemplate", templateName);
        }
        Map<String, String> values = template.validate(fields);
        byte[] pdf = HtmlPdfA.render(template.fill(records(e), values), template.title() + " — " + e.fullName(),
                e.getEmployer().getName(), "modèle " + template.name() + " version " + template.version());
        JsonObjectBuilder json = Json.createObjectBuilder();
        values.forEach(json::add);
        Contract c = new Contract(e.getEmployer().getId(), e.getId(), template.name(), template.version(),
                template.title(), json.build().toString(), SealKeys.store().put(pdf), null, caller.login(),
                clock.instant());
        em.persist(c);
        em.flush();
        audit.record(AuditEntry.success(caller.login(), c.getEmployerId(), "CONTRACT_CREATE", "contract:" + c.getId(),
                template.name() + " v" + template.version() + " for " + e.getMatricule()));
        return view(c, e);
    }

    public ContractView find(Long id) {
        Caller caller = callers.current();
        Contract c = readable(caller, id);
        return view(c, em.find(Employee.class, c.getEmployeeId()));
    }

    /** The document's PDF: HR of the employer, its signers, or its agent once it was sent; others 404 (audited). */
    public Download pdf(Long id) {
        Caller caller = callers.current();
        Contract c = readable(caller, id);
        Employee e = em.find(Employee.class, c.getEmployeeId());
        audit.record(AuditEntry.success(caller.login(), c.getEmployerId(), "CONTRACT_DOWNLOAD", "contract:" + id,
                c.getStatus().name()));
        return new Download(c.getTemplateName() + "-" + e.getMatricule() + "-" + id + ".pdf",
                SealKeys.store().get(c.getDocumentSha()));
    }

    public List<ContractView> ofEmployer(Long employerId) {
        Caller caller = callers.current();
        callers.requireEmployer(caller, employerId, "employer:" + employerId);
        caller.requireAnyRole(Role.HR);
        return em.createNamedQuery("Contract.ofEmployer", Contract.class).setParameter("employer", employerId)
                .setMaxResults(500).getResultList().stream()
                .map(c -> view(c, em.find(Employee.class, c.getEmployeeId()))).toList();
    }

    /** The caller's own contracts, once sent for signature. */
    public List<ContractView> mine() {
        Caller caller = callers.current();
        if (caller.employeeId() == null) {
            return List.of();
        }
        Employee e = em.find(Employee.class, caller.employeeId());
        return em.createNamedQuery("Contract.ofEmployee", Contract.class).setParameter("employee", e.getId())
                .setParameter("draft", ContractStatus.DRAFT).getResultList().stream().map(c -> view(c, e)).toList();
    }

    private Contract readable(Caller caller, Long id) {
        Contract c = id == null ? null : em.find(Contract.class, id);
        if (c == null) {
            throw new NotFoundException();
        }
        boolean hr = caller.hasRole(Role.HR) && caller.mayActFor(c.getEmployerId());
        boolean own = Objects.equals(caller.employeeId(), c.getEmployeeId()) && c.getStatus() != ContractStatus.DRAFT;
        boolean signer = !hr && !own && !em.createQuery("select s.id from SignatureStep s, SignatureRequest r "
                + "where s.requestId = r.id and r.contractId = :contract and s.accountId = :account", Long.class)
                .setParameter("contract", c.getId()).setParameter("account", caller.accountId()).getResultList().isEmpty();
        if (!hr && !own && !signer) {
            throw callers.denied(caller, c.getEmployerId(), "contract:" + id);
        }
        return c;
    }

    /** What the records give to a template: the agent, the employer, its signatory, today. */
    Map<String, String> records(Employee e) {
        Employer employer = e.getEmployer();
        Map<String, String> r = new HashMap<>();
        r.put("agent.lastName", e.getLastName());
        r.put("agent.firstName", e.getFirstName());
        r.put("agent.fullName", e.fullName());
        r.put("agent.birthDate", e.getBirthDate() == null ? "" : DAY.format(e.getBirthDate()));
        r.put("agent.matricule", e.getMatricule());
        r.put("agent.orgUnit", e.getOrgUnit() == null ? "" : e.getOrgUnit().getName());
        r.put("agent.status", e.getStatus() == null ? "" : e.getStatus().name().toLowerCase(java.util.Locale.ROOT));
        r.put("agent.hireDate", e.getHireDate() == null ? "" : DAY.format(e.getHireDate()));
        r.put("employer.name", employer.getName());
        r.put("employer.siret", employer.getSiret() == null ? "" : employer.getSiret());
        r.put("employer.signatoryName", signatory(employer).map(UserAccount::name).orElse(""));
        r.put("employer.signatoryTitle", employer.getSignatoryTitle() == null ? "" : employer.getSignatoryTitle());
        r.put("today", DAY.format(LocalDate.now(clock.withZone(PARIS))));
        return r;
    }

    /** The employer's signatory: the first active account flagged as signatory that acts for it. */
    public java.util.Optional<UserAccount> signatory(Employer employer) {
        return em.createNamedQuery("UserAccount.byEmployer", UserAccount.class).setParameter("employer", employer)
                .getResultList().stream().filter(a -> a.isSignatory() && a.isActive()).findFirst();
    }

    static Path templatesDir() {
        String dir = Settings.get("HR_TEMPLATES_DIR");
        return dir == null ? null : Path.of(dir);
    }

    static TemplateView view(ContractTemplate t) {
        return new TemplateView(t.name(), t.title(), t.version(), t.fields().stream()
                .map(f -> new FieldView(f.name(), f.type(), f.required(), f.label(), f.defaultValue())).toList());
    }

    static ContractView view(Contract c, Employee e) {
        Map<String, String> fields = new LinkedHashMap<>();
        try (var reader = Json.createReader(new StringReader(c.getFieldValues()))) {
            JsonObject o = reader.readObject();
            o.forEach((k, v) -> fields.put(k, ((JsonString) v).getString()));
        }
        return new ContractView(c.getId(), e.getId(), e.getMatricule(), e.fullName(), c.getTemplateName(),
                c.getTemplateVersion(), c.getTitle(), c.getStatus(), fields, c.getCreatedBy(), c.getCreatedAt());
    }
}
