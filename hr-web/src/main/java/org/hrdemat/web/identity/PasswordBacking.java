package org.hrdemat.web.identity;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.hrdemat.identity.boundary.Accounts;
import org.hrdemat.shared.BusinessException;
import org.hrdemat.web.shell.Pages;

/** Any user changes their own password. */
@Named
@RequestScoped
public class PasswordBacking {

    @EJB
    Accounts accounts;

    private String current;
    private String replacement;

    public void change() {
        try {
            accounts.changeOwnPassword(current, replacement);
            Pages.info("password.changed");
        } catch (BusinessException e) {
            Pages.error(e, "password");
        }
    }

    public String getCurrent() {
        return current;
    }

    public void setCurrent(String current) {
        this.current = current;
    }

    public String getReplacement() {
        return replacement;
    }

    public void setReplacement(String replacement) {
        this.replacement = replacement;
    }
}
