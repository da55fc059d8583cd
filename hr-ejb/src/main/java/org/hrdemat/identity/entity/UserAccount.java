package org.hrdemat.identity.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A login of a person: password hash, roles, the agent record it belongs to and the employers it may act for.
 * The brute-force guard is not kept here (it slows down the address that fails, never the account):
 * {@code org.hrdemat.identity.control.LoginThrottle}.
 */
@Entity
@Table(name = "user_account")
@NamedQuery(name = "UserAccount.byLogin", query = "select a from UserAccount a where a.login = :login")
@NamedQuery(name = "UserAccount.byEmployer",
        query = "select distinct a from UserAccount a join a.employers e where e = :employer order by a.login")
@NamedQuery(name = "UserAccount.byEmployee", query = "select a from UserAccount a where a.employee = :employee")
public class UserAccount {

    /** A login's last time is written at most this often (an API client with a password logs in at each call). */
    public static final Duration LAST_LOGIN_RESOLUTION = Duration.ofMinutes(1);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @jakarta.validation.constraints.Size(max = 100)
    @Column(nullable = false, unique = true, length = 100)
    private String login;

    @jakarta.validation.constraints.Size(max = 300)
    @Column(name = "password_hash", nullable = false, length = 300)
    private String passwordHash;

    @jakarta.validation.constraints.Size(max = 200)
    @Column(name = "display_name", length = 200)
    private String displayName;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 20)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "employee_id")
    private Employee employee;

    @ManyToMany(fetch = FetchType.EAGER)
    @JoinTable(name = "user_account_employer",
            joinColumns = @JoinColumn(name = "account_id"),
            inverseJoinColumns = @JoinColumn(name = "employer_id"))
    private Set<Employer> employers = new LinkedHashSet<>();

    /** Signs documents on behalf of the employer (contracts). */
    @Column(nullable = false)
    private boolean signatory;

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "last_login_at")
    private Instant lastLoginAt;

    @jakarta.validation.constraints.Size(max = 5)
    @Column(name = "preferred_language", length = 5)
    private String preferredLanguage;

    @Version
    private long version;

    protected UserAccount() {
    }

    public UserAccount(String login, String passwordHash) {
        this.login = normaliseLogin(login);
        changePasswordHash(passwordHash);
    }

    /** Logins are lower-case letters, digits, dot, dash, underscore or @, 2 to 100 characters. */
    public static String normaliseLogin(String login) {
        String l = login == null ? "" : login.trim().toLowerCase(Locale.ROOT);
        if (!l.matches("[a-z0-9._@-]{2,100}")) {
            throw new IllegalArgumentException("login");
        }
        return l;
    }

    public final void changePasswordHash(String hash) {
        this.passwordHash = Objects.requireNonNull(hash);
    }

    /** Records a login; the time is only written when it moved by more than {@link #LAST_LOGIN_RESOLUTION}. */
    public void recordSuccessfulLogin(Instant now) {
        if (lastLoginAt == null || !now.isBefore(lastLoginAt.plus(LAST_LOGIN_RESOLUTION))) {
            lastLoginAt = now;
        }
    }

    public void grantRoles(Set<Role> newRoles) {
        if (newRoles == null || newRoles.isEmpty()) {
            throw new IllegalArgumentException("roles");
        }
        roles.clear();
        roles.addAll(newRoles);
    }

    public void grantEmployers(Set<Employer> newEmployers) {
        if (newEmployers == null || newEmployers.isEmpty()) {
            throw new IllegalArgumentException("employers");
        }
        employers.clear();
        employers.addAll(newEmployers);
    }

    public void grantEmployer(Employer employer) {
        employers.add(employer);
    }

    public void linkEmployee(Employee linked) {
        if (linked != null && employers.stream().noneMatch(e -> Objects.equals(e.getId(), linked.getEmployer().getId()))) {
            throw new IllegalArgumentException("employee");
        }
        this.employee = linked;
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public boolean mayActFor(Long employerId) {
        return employerId != null && employers.stream().anyMatch(e -> employerId.equals(e.getId()));
    }

    public Set<Long> employerIds() {
        return employers.stream().map(Employer::getId).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    public void rename(String name) {
        this.displayName = name == null || name.isBlank() ? null : name.trim();
    }

    public void setSignatory(boolean signatory) {
        this.signatory = signatory;
    }

    public void setPreferredLanguage(String language) {
        this.preferredLanguage = language;
    }

    public void deactivate() {
        active = false;
    }

    public void activate() {
        active = true;
    }

    /** Name to show: the linked agent's name, the display name, or the login. */
    public String name() {
        if (employee != null) {
            return employee.fullName();
        }
        return displayName != null ? displayName : login;
    }

    public Long getId() {
        return id;
    }

    public String getLogin() {
        return login;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public String getDisplayName() {
        return displayName;
    }

    public Set<Role> getRoles() {
        return roles;
    }

    public Employee getEmployee() {
        return employee;
    }

    public Set<Employer> getEmployers() {
        return employers;
    }

    public boolean isSignatory() {
        return signatory;
    }

    public boolean isActive() {
        return active;
    }

    public Instant getLastLoginAt() {
        return lastLoginAt;
    }

    public String getPreferredLanguage() {
        return preferredLanguage;
    }

    public long getVersion() {
        return version;
    }
}
