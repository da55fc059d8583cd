package org.hrdemat.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.logging.Logger;
import org.hrdemat.identity.control.Passwords;
import org.hrdemat.identity.entity.Employee;
import org.hrdemat.identity.entity.EmployeeStatus;
import org.hrdemat.identity.entity.Employer;
import org.hrdemat.identity.entity.EmployerType;
import org.hrdemat.identity.entity.HolidayCalendar;
import org.hrdemat.identity.entity.OrgUnit;
import org.hrdemat.identity.entity.Role;
import org.hrdemat.identity.entity.UserAccount;
import org.hrdemat.identity.entity.WorkPattern;
import org.hrdemat.shared.Settings;

/**
 * Loads the demo organisation at start-up in demo mode only, once (it is skipped when the demo employer exists).
 * Every account's password is {@value #PASSWORD}. Production (HR_DEMO unset or false) never runs this.
 */
@Startup
@Singleton
@DependsOn("SchemaMigrator")
public class DemoData {

    public static final String PASSWORD = "demo1234";
    public static final String DEMOVILLE = "Commune de Démoville";
    public static final String VAL = "Communauté de communes du Val";

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Passwords passwords;

    @Inject
    jakarta.enterprise.event.Event<org.hrdemat.shared.EmployeeLifecycle> lifecycle;

    @Inject
    jakarta.enterprise.event.Event<org.hrdemat.shared.FileDocumentRequest> filing;

    @PostConstruct
    void load() {
        boolean demoMode = Settings.demoMode();
        if (demoMode && em.createNamedQuery("Employer.byName", Employer.class).setParameter("name", DEMOVILLE)
                .getResultList().isEmpty()) {
            createDemoOrganisation();
            LOG.info("Demo mode: demo organisation created (accounts admin, rh, manager, agent, agent2, rh2, agent3)");
        } else if (demoMode) {
            LOG.info("Demo mode: demo organisation already present");
        }
    }

    private void createDemoOrganisation() {
        String hash = passwords.hash(PASSWORD);

        Employer demoville = persist(new Employer(DEMOVILLE, "21670000000018", EmployerType.COMMUNE, HolidayCalendar.METROPOLE));
        demoville.setSignatoryTitle("Directeur des ressources humaines, par délégation du Maire");
        OrgUnit dg = persist(new OrgUnit(demoville, null, "Direction générale"));
        OrgUnit technical = persist(new OrgUnit(demoville, dg, "Services techniques"));
        OrgUnit hr = persist(new OrgUnit(demoville, dg, "Ressources humaines"));

        Employee managerEmployee = employee(demoville, "M001", "Martin", "Claire", LocalDate.of(1975, 3, 14),
                "claire.martin@demoville.example", EmployeeStatus.TITULAIRE, LocalDate.of(2005, 9, 1), technical,
                WorkPattern.fullTime());
        Employee agent = employee(demoville, "A001", "Dupont", "Jean", LocalDate.of(1985, 6, 2),
                "jean.dupont@demoville.example", EmployeeStatus.TITULAIRE, LocalDate.of(2012, 1, 1), technical,
                WorkPattern.fullTime());
        Employee agent2 = employee(demoville, "A002", "Durand", "Sophie", LocalDate.of(1990, 11, 23),
                "sophie.durand@demoville.example", EmployeeStatus.TITULAIRE, LocalDate.of(2018, 4, 1), technical,
                new WorkPattern(EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY), 80));
        Employee hrEmployee = employee(demoville, "R001", "Bernard", "Luc", LocalDate.of(1980, 2, 8),
                "luc.bernard@demoville.example", EmployeeStatus.TITULAIRE, LocalDate.of(2010, 5, 1), hr,
                WorkPattern.fullTime());
        technical.addManager(managerEmployee);

        Employer val = persist(new Employer(VAL, "20000000000015", EmployerType.EPCI, HolidayCalendar.ALSACE_MOSELLE));
        val.setSignatoryTitle("Directrice des ressources humaines, par délégation du Président");
        OrgUnit valAdmin = persist(new OrgUnit(val, null, "Administration générale"));
        Employee hrVal = employee(val, "V900", "Klein", "Marie", LocalDate.of(1982, 7, 19),
                "marie.klein@val.example", EmployeeStatus.TITULAIRE, LocalDate.of(2011, 3, 1), valAdmin,
                WorkPattern.fullTime());
        Employee agent3 = employee(val, "V001", "Muller", "Paul", LocalDate.of(1988, 9, 30),
                "paul.muller@val.example", EmployeeStatus.CONTRACTUEL, LocalDate.of(2021, 9, 1), valAdmin,
                WorkPattern.fullTime());

        UserAccount admin = account("admin", hash, "Administrateur", Set.of(Role.ADMIN), null, demoville, val);
        admin.rename("Administrateur");
        UserAccount rh = account("rh", hash, null, Set.of(Role.HR, Role.EMPLOYEE), hrEmployee, demoville);
        rh.setSignatory(true);
        account("manager", hash, null, Set.of(Role.MANAGER, Role.EMPLOYEE), managerEmployee, demoville);
        account("agent", hash, null, Set.of(Role.EMPLOYEE), agent, demoville);
        account("agent2", hash, null, Set.of(Role.EMPLOYEE), agent2, demoville);
        UserAccount rh2 = account("rh2", hash, null, Set.of(Role.HR, Role.EMPLOYEE), hrVal, val);
        rh2.setSignatory(true);
        account("agent3", hash, null, Set.of(Role.EMPLOYEE), agent3, val);

        // a demo certification authority and a seal per employer, named as demo in every certificate
        em.flush();
        org.hrdemat.document.control.Pki.Credential demoCa = org.hrdemat.document.control.Pki.newAuthority(
                "CN=HR Demat DEMO CA - sans valeur, O=DEMONSTRATION, C=FR", 10);
        org.hrdemat.document.boundary.Seals.createDemo(em, demoville, demoCa, java.time.Instant.now());
        org.hrdemat.document.boundary.Seals.createDemo(em, val, demoCa, java.time.Instant.now());

        // two documents in Jean Dupont's personnel file, so that the demo file is not empty
        filing.fire(new org.hrdemat.shared.FileDocumentRequest(agent.getId(), 2, "ARRETE",
                "Arrêté de nomination (démonstration)", agent.getHireDate(), demoDocument("Arrêté de nomination",
                "Le maire de Demoville nomme M. Jean Dupont dans le cadre d'emplois des adjoints techniques."), "demo"));
        filing.fire(new org.hrdemat.shared.FileDocumentRequest(agent.getId(), 4, "FORMATION",
                "Attestation de formation — habilitation électrique (démonstration)", LocalDate.of(2024, 3, 15),
                demoDocument("Attestation de formation", "M. Jean Dupont a suivi la formation habilitation électrique B1V."),
                "demo"));
    }

    private static byte[] demoDocument(String title, String text) {
        return org.hrdemat.document.control.PdfA.create(title + " (DÉMONSTRATION)", "Demoville", (pdf, regular, bold) -> {
            var canvas = new com.itextpdf.kernel.pdf.canvas.PdfCanvas(pdf.addNewPage());
            canvas.beginText().setFontAndSize(bold, 16).moveText(60, 760).showText(title).endText();
            canvas.beginText().setFontAndSize(regular, 11).moveText(60, 720).showText(text).endText();
            canvas.beginText().setFontAndSize(regular, 9).moveText(60, 60)
                    .showText("Document de démonstration — sans valeur").endText();
        });
    }

    private Employee employee(Employer employer, String matricule, String lastName, String firstName, LocalDate birth,
                              String email, EmployeeStatus status, LocalDate hire, OrgUnit unit, WorkPattern pattern) {
        Employee e = new Employee(employer, matricule);
        e.update(lastName, firstName, birth, email, status, hire, unit, pattern);
        persist(e);
        lifecycle.fire(new org.hrdemat.shared.EmployeeLifecycle(e.getId(),
                org.hrdemat.shared.EmployeeLifecycle.Kind.CREATED, LocalDate.now()));
        return e;
    }

    private UserAccount account(String login, String hash, String displayName, Set<Role> roles, Employee employee,
                                Employer... employers) {
        UserAccount a = new UserAccount(login, hash);
        a.grantRoles(roles);
        a.grantEmployers(new java.util.LinkedHashSet<>(java.util.List.of(employers)));
        a.linkEmployee(employee);
        a.rename(displayName);
        return persist(a);
    }

    private <T> T persist(T entity) {
        em.persist(entity);
        return entity;
    }

}
