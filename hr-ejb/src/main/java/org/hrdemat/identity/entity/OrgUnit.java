package org.hrdemat.identity.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/** A service or direction of an employer; units form a tree and each may have managers. */
@Entity
@Table(name = "org_unit")
@NamedQuery(name = "OrgUnit.byEmployer", query = "select u from OrgUnit u where u.employer = :employer order by u.name")
@NamedQuery(name = "OrgUnit.managedBy", query = "select u from OrgUnit u join u.managers m where m = :employee")
public class OrgUnit {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "employer_id", nullable = false)
    private Employer employer;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private OrgUnit parent;

    @jakarta.validation.constraints.Size(max = 200)
    @Column(nullable = false, length = 200)
    private String name;

    @Column(nullable = false)
    private boolean active = true;

    @ManyToMany
    @JoinTable(name = "org_unit_manager",
            joinColumns = @JoinColumn(name = "org_unit_id"),
            inverseJoinColumns = @JoinColumn(name = "employee_id"))
    private Set<Employee> managers = new LinkedHashSet<>();

    @Version
    private long version;

    protected OrgUnit() {
    }

    public OrgUnit(Employer employer, OrgUnit parent, String name) {
        this.employer = Objects.requireNonNull(employer);
        rename(name);
        moveUnder(parent);
    }

    public final void rename(String newName) {
        if (newName == null || newName.isBlank()) {
            throw new IllegalArgumentException("name");
        }
        this.name = newName.trim();
    }

    /** Moves the unit under another of the same employer; refuses a cycle. */
    public final void moveUnder(OrgUnit newParent) {
        for (OrgUnit u = newParent; u != null; u = u.parent) {
            if (u == this) {
                throw new IllegalArgumentException("cycle");
            }
        }
        if (newParent != null && !newParent.employer.getId().equals(employer.getId())) {
            throw new IllegalArgumentException("employer");
        }
        this.parent = newParent;
    }

    public void addManager(Employee manager) {
        if (!manager.getEmployer().getId().equals(employer.getId())) {
            throw new IllegalArgumentException("employer");
        }
        managers.add(manager);
    }

    public void removeManager(Employee manager) {
        managers.remove(manager);
    }

    /** The full path from the root, e.g. "Direction générale > Services techniques". */
    public String path() {
        return parent == null ? name : parent.path() + " > " + name;
    }

    public void deactivate() {
        active = false;
    }

    public Long getId() {
        return id;
    }

    public Employer getEmployer() {
        return employer;
    }

    public OrgUnit getParent() {
        return parent;
    }

    public String getName() {
        return name;
    }

    public boolean isActive() {
        return active;
    }

    public Set<Employee> getManagers() {
        return managers;
    }

    public long getVersion() {
        return version;
    }
}
