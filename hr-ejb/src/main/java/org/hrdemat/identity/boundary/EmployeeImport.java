package org.hrdemat.identity.boundary;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hrdemat.audit.boundary.AuditEntry;
import org.hrdemat.audit.boundary.AuditLog;
import org.hrdemat.identity.control.EmployeeRow;
import org.hrdemat.identity.control.EmployeeSheetReader;
import org.hrdemat.identity.control.ImportProblem;
import org.hrdemat.identity.entity.Employee;
import org.hrdemat.identity.entity.Employer;
import org.hrdemat.identity.entity.OrgUnit;
import org.hrdemat.identity.entity.Role;
import org.hrdemat.shared.InvalidInputException;

/**
 * Imports agents from an XLSX file into an employer. All or nothing: any wrong cell stops the import and the
 * report names it. Agents are matched by matricule, so importing the same file again updates them.
 */
@Stateless
public class EmployeeImport {

    @jakarta.inject.Inject
    jakarta.enterprise.event.Event<org.hrdemat.shared.EmployeeLifecycle> lifecycle;

    /** Largest accepted upload. */
    public static final int MAX_BYTES = org.hrdemat.shared.Limits.IMPORT_BYTES.intValue();

    @PersistenceContext
    EntityManager em;

    @EJB
    Callers callers;

    @EJB
    AuditLog audit;

    public ImportReport importXlsx(Long employerId, byte[] content, String fileName) {
        Caller caller = callers.current();
        callers.requireEmployer(caller, employerId, "employer:" + employerId);
        caller.requireAnyRole(Role.HR, Role.ADMIN);
        if (content == null || content.length == 0) {
            throw new InvalidInputException("import.emptyFile");
        }
        if (content.length > MAX_BYTES) {
            throw new org.hrdemat.shared.TooLargeException(org.hrdemat.shared.Limits.IMPORT_BYTES, "upload.tooLarge");
        }
        Employer employer = em.find(Employer.class, employerId);
        EmployeeSheetReader.Result read = new EmployeeSheetReader().read(new ByteArrayInputStream(content));
        List<ImportProblem> problems = new ArrayList<>(read.problems());
        Map<String, OrgUnit> units = new HashMap<>();
        for (OrgUnit u : em.createNamedQuery("OrgUnit.byEmployer", OrgUnit.class).setParameter("employer", employer)
                .getResultList()) {
            units.put(u.getName().toLowerCase(Locale.ROOT), u);
            units.put(u.path().toLowerCase(Locale.ROOT), u);
        }
        for (EmployeeRow row : read.rows()) {
            if (row.orgUnit() != null && !units.containsKey(row.orgUnit().toLowerCase(Locale.ROOT))) {
                problems.add(new ImportProblem(row.row(), null, "invalid.orgUnit", row.orgUnit()));
            }
        }
        if (!problems.isEmpty()) {
            audit.record(AuditEntry.failure(caller.login(), employerId, "EMPLOYEE_IMPORT", fileName,
                    problems.size() + " problem(s), nothing imported"));
            return new ImportReport(false, 0, 0, List.of(), problems);
        }
        int created = 0;
        int updated = 0;
        List<ImportReport.Line> lines = new ArrayList<>();
        for (EmployeeRow row : read.rows()) {
            List<Employee> existing = em.createNamedQuery("Employee.byMatricule", Employee.class)
                    .setParameter("employer", employer).setParameter("matricule", row.matricule()).getResultList();
            OrgUnit unit = row.orgUnit() == null ? null : units.get(row.orgUnit().toLowerCase(Locale.ROOT));
            EmployeeData data = new EmployeeData(row.matricule(), row.lastName(), row.firstName(), row.birthDate(),
                    row.email(), row.status(), row.hireDate(), unit == null ? null : unit.getId(), row.workDays(),
                    row.quotite());
            Employee e;
            String result;
            if (existing.isEmpty()) {
                e = Employees.newEmployee(employer, row.matricule());
                Employees.apply(em, e, data);
                em.persist(e);
                em.flush();
                lifecycle.fire(new org.hrdemat.shared.EmployeeLifecycle(e.getId(),
                        org.hrdemat.shared.EmployeeLifecycle.Kind.CREATED, Employees.today()));
                created++;
                result = "created";
            } else {
                e = existing.get(0);
                Employees.apply(em, e, data);
                updated++;
                result = "updated";
            }
            lines.add(new ImportReport.Line(row.row(), e.getMatricule(), e.fullName(), result));
        }
        audit.record(AuditEntry.success(caller.login(), employerId, "EMPLOYEE_IMPORT", fileName,
                created + " created, " + updated + " updated"));
        return new ImportReport(true, created, updated, lines, List.of());
    }
}
