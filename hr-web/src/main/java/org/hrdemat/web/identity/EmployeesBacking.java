package org.hrdemat.web.identity;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import org.hrdemat.identity.boundary.EmployeeView;
import org.hrdemat.identity.boundary.Employees;
import org.hrdemat.web.shell.UserSession;

/** The agents list of the current employer, with a text filter. */
@Named
@ViewScoped
public class EmployeesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient Employees employees;

    @Inject
    UserSession session;

    private List<EmployeeView> all = List.of();
    private String filter;

    @PostConstruct
    void load() {
        all = employees.list(session.getEmployerId());
    }

    public List<EmployeeView> getShown() {
        if (filter == null || filter.isBlank()) {
            return all;
        }
        String f = filter.trim().toLowerCase(Locale.ROOT);
        return all.stream().filter(e -> (e.lastName() + " " + e.firstName() + " " + e.matricule())
                .toLowerCase(Locale.ROOT).contains(f)).toList();
    }

    public String getFilter() {
        return filter;
    }

    public void setFilter(String filter) {
        this.filter = filter;
    }
}
