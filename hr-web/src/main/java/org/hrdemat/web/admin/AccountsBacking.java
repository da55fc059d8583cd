package org.hrdemat.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.hrdemat.identity.boundary.AccountView;
import org.hrdemat.identity.boundary.Accounts;
import org.hrdemat.web.shell.UserSession;

/** Accounts of the current employer. */
@Named
@ViewScoped
public class AccountsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient Accounts accounts;

    @Inject
    UserSession session;

    private List<AccountView> list;

    @PostConstruct
    void load() {
        list = accounts.list(session.getEmployerId());
    }

    public List<AccountView> getList() {
        return list;
    }
}
