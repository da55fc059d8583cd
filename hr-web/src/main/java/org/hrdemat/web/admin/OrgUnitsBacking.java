package org.hrdemat.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.hrdemat.identity.boundary.EmployeeView;
import org.hrdemat.identity.boundary.Employees;
import org.hrdemat.identity.boundary.OrgUnitView;
import org.hrdemat.identity.boundary.OrgUnits;
import org.hrdemat.shared.BusinessException;
import org.hrdemat.web.shell.Pages;
import org.hrdemat.web.shell.UserSession;

/** The org unit tree of the current employer, with a form to add or change a unit and its managers. */
@Named
@ViewScoped
public class OrgUnitsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient OrgUnits orgUnits;

    @EJB
    transient Employees employees;

    @Inject
    UserSession session;

    private List<OrgUnitView> list;
    private List<EmployeeView> people;
    private Long editingId;
    private long version;
    private String name;
    private Long parentId;
    private List<Long> managerIds = new ArrayList<>();

    @PostConstruct
    void load() {
        list = orgUnits.list(session.getEmployerId());
        people = employees.list(session.getEmployerId());
    }

    public void edit(OrgUnitView u) {
        editingId = u.id();
        version = u.version();
        name = u.name();
        parentId = u.parentId();
        managerIds = new ArrayList<>(u.managerIds());
    }

    public void startNew() {
        editingId = null;
        name = null;
        parentId = null;
        managerIds = new ArrayList<>();
    }

    public void save() {
        try {
            if (editingId == null) {
                OrgUnitView created = orgUnits.create(session.getEmployerId(), parentId, name);
                if (!managerIds.isEmpty()) {
                    orgUnits.update(created.id(), created.version(), name, parentId, managerIds);
                }
            } else {
                orgUnits.update(editingId, version, name, parentId, managerIds);
            }
            Pages.info("common.saved");
            startNew();
            load();
        } catch (BusinessException e) {
            Pages.error(e, "orgUnit");
        }
    }

    public List<OrgUnitView> getList() {
        return list;
    }

    public List<EmployeeView> getPeople() {
        return people;
    }

    public Long getEditingId() {
        return editingId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Long getParentId() {
        return parentId;
    }

    public void setParentId(Long parentId) {
        this.parentId = parentId;
    }

    public List<Long> getManagerIds() {
        return managerIds;
    }

    public void setManagerIds(List<Long> managerIds) {
        this.managerIds = managerIds;
    }
}
