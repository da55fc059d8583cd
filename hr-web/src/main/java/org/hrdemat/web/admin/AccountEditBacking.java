package org.hrdemat.web.admin;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import org.hrdemat.identity.boundary.AccountData;
import org.hrdemat.identity.boundary.AccountView;
import org.hrdemat.identity.boundary.Accounts;
import org.hrdemat.identity.boundary.EmployeeView;
import org.hrdemat.identity.boundary.Employees;
import org.hrdemat.identity.entity.Role;
import org.hrdemat.shared.BusinessException;
import org.hrdemat.web.shell.Pages;
import org.hrdemat.web.shell.UserSession;

/** Create or edit one account: roles, linked agent, employers, password reset, unlock, deactivate. */
@Named
@ViewScoped
public class AccountEditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient Accounts accounts;

    @EJB
    transient Employees employees;

    @Inject
    UserSession session;

    private Long id;
    private long version;
    private boolean active = true;
    private boolean locked;
    private String login;
    private String displayName;
    private List<Role> roles = new ArrayList<>(List.of(Role.EMPLOYEE));
    private Long employeeId;
    private List<Long> employerIds = new ArrayList<>();
    private boolean signatory;
    private String password;
    private List<EmployeeView> people;
    private List<org.hrdemat.identity.boundary.ApiTokens.TokenView> tokens = List.of();

    public void load() {
        people = employees.list(session.getEmployerId());
        if (id != null) {
            AccountView a = accounts.find(id);
            version = a.version();
            active = a.active();
            locked = a.slowedDown();
            login = a.login();
            displayName = a.displayName();
            roles = new ArrayList<>(a.roles());
            employeeId = a.employeeId();
            employerIds = new ArrayList<>(a.employerIds());
            signatory = a.signatory();
            tokens = accounts.tokens(id);
        } else {
            employerIds = new ArrayList<>(List.of(session.getEmployerId()));
        }
    }

    public String save() {
        try {
            AccountData data = new AccountData(login, displayName,
                    roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles), employeeId,
                    new LinkedHashSet<>(employerIds), signatory, password);
            AccountView saved = id == null ? accounts.create(data) : accounts.update(id, version, data);
            Pages.flash("common.saved");
            return "/admin/account?faces-redirect=true&id=" + saved.id();
        } catch (BusinessException e) {
            Pages.error(e, "account");
            return null;
        }
    }

    public String toggleActive() {
        try {
            accounts.setActive(id, !active);
            Pages.flash("common.saved");
            return "/admin/account?faces-redirect=true&id=" + id;
        } catch (BusinessException e) {
            Pages.error(e, null);
            return null;
        }
    }

    public String unlock() {
        try {
            accounts.unlock(id);
            Pages.flash("common.saved");
            return "/admin/account?faces-redirect=true&id=" + id;
        } catch (BusinessException e) {
            Pages.error(e, null);
            return null;
        }
    }

    public String revokeTokens() {
        try {
            Pages.flash("account.tokensRevoked", accounts.revokeTokens(id));
            return "/admin/account?faces-redirect=true&id=" + id;
        } catch (BusinessException e) {
            Pages.error(e, null);
            return null;
        }
    }

    public List<org.hrdemat.identity.boundary.ApiTokens.TokenView> getTokens() {
        return tokens;
    }

    public boolean isHoldsUsableTokens() {
        return tokens.stream().anyMatch(t -> "ACTIVE".equals(t.status()));
    }

    public Role[] getAllRoles() {
        return Role.values();
    }

    public boolean isLocked() {
        return locked;
    }

    public List<EmployeeView> getPeople() {
        return people;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public boolean isActive() {
        return active;
    }

    public String getLogin() {
        return login;
    }

    public void setLogin(String login) {
        this.login = login;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public List<Role> getRoles() {
        return roles;
    }

    public void setRoles(List<Role> roles) {
        this.roles = roles;
    }

    public Long getEmployeeId() {
        return employeeId;
    }

    public void setEmployeeId(Long employeeId) {
        this.employeeId = employeeId;
    }

    public List<Long> getEmployerIds() {
        return employerIds;
    }

    public void setEmployerIds(List<Long> employerIds) {
        this.employerIds = employerIds;
    }

    public boolean isSignatory() {
        return signatory;
    }

    public void setSignatory(boolean signatory) {
        this.signatory = signatory;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
