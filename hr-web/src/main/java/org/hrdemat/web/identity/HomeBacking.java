package org.hrdemat.web.identity;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.hrdemat.identity.boundary.Accounts;
import org.hrdemat.identity.boundary.EmployeeView;
import org.hrdemat.identity.boundary.Employees;
import org.hrdemat.identity.boundary.OrgUnitView;
import org.hrdemat.identity.boundary.OrgUnits;
import org.hrdemat.web.shell.UserSession;

/** The home page: what each role needs to see first, from real data. */
@Named
@ViewScoped
public class HomeBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient Employees employees;

    @EJB
    transient OrgUnits orgUnits;

    @EJB
    transient Accounts accounts;

    @Inject
    UserSession session;

    private EmployeeView me;
    private long activeAgents;
    private int accountCount;
    private List<OrgUnitView> managedUnits = List.of();

    @PostConstruct
    void load() {
        me = employees.mine();
        if (session.isHr()) {
            activeAgents = employees.countActive(session.getEmployerId());
        }
        if (session.isAdmin()) {
            accountCount = accounts.list(session.getEmployerId()).size();
        }
        if (session.isManager()) {
            managedUnits = orgUnits.managedByMe();
        }
    }

    public EmployeeView getMe() {
        return me;
    }

    public String getManagerNames() {
        return me == null ? "" : String.join(", ", me.managers());
    }

    public long getActiveAgents() {
        return activeAgents;
    }

    public int getAccountCount() {
        return accountCount;
    }

    public List<OrgUnitView> getManagedUnits() {
        return managedUnits;
    }
}
