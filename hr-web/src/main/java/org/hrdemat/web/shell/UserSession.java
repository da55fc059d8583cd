package org.hrdemat.web.shell;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import org.hrdemat.identity.boundary.Caller;
import org.hrdemat.identity.boundary.Callers;
import org.hrdemat.identity.boundary.EmployerView;
import org.hrdemat.identity.boundary.Employers;
import org.hrdemat.identity.entity.Role;
import org.hrdemat.web.i18n.Texts;

/** Per-browser state: the chosen language, the logged-in caller and the employer they currently act for. */
@Named
@SessionScoped
public class UserSession implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient Callers callers;

    @EJB
    transient Employers employers;

    private Locale locale = Texts.FRENCH;
    private Caller caller;
    private Long employerId;
    private List<EmployerView> employerChoices = List.of();

    /** The caller, loaded once per session after login. */
    public Caller getCaller() {
        if (caller == null && FacesContext.getCurrentInstance().getExternalContext().getUserPrincipal() != null) {
            caller = callers.current();
            employerChoices = employers.mine();
            employerId = caller.defaultEmployerId();
        }
        return caller;
    }

    public boolean isLoggedIn() {
        return FacesContext.getCurrentInstance().getExternalContext().getUserPrincipal() != null;
    }

    public boolean hasRole(String role) {
        Caller c = getCaller();
        return c != null && c.hasRole(Role.valueOf(role));
    }

    /** HR staff proper (personnel files are HR's, not the administrator's). */
    public boolean isHrStaff() {
        return hasRole("HR");
    }

    public boolean isHr() {
        return hasRole("HR") || hasRole("ADMIN");
    }

    public boolean isAdmin() {
        return hasRole("ADMIN");
    }

    public boolean isManager() {
        return hasRole("MANAGER");
    }

    /** The employer the caller currently acts for. */
    public Long getEmployerId() {
        getCaller();
        return employerId;
    }

    public void setEmployerId(Long id) {
        Caller c = getCaller();
        if (c != null && c.mayActFor(id)) {
            this.employerId = id;
        }
    }

    public String getEmployerName() {
        return employerChoices.stream().filter(e -> e.id().equals(getEmployerId())).map(EmployerView::name)
                .findFirst().orElse("");
    }

    public List<EmployerView> getEmployerChoices() {
        getCaller();
        return employerChoices;
    }

    public boolean isSeveralEmployers() {
        return getEmployerChoices().size() > 1;
    }

    /** Applies the employer chosen in the header and reloads the page on it. */
    public void switchEmployer() throws IOException {
        reload();
    }

    /** Refreshes the list of employers (after an administrator created one). */
    public void refreshEmployers() {
        employerChoices = employers.mine();
    }

    public Locale getLocale() {
        return locale;
    }

    public String getLanguage() {
        return locale.getLanguage();
    }

    public void setLanguage(String language) {
        this.locale = Texts.supported(Locale.forLanguageTag(language == null ? "fr" : language));
    }

    /** Switches the language and reloads the current page. */
    public void switchLanguage(String language) throws IOException {
        setLanguage(language);
        FacesContext.getCurrentInstance().getViewRoot().setLocale(locale);
        reload();
    }

    private static void reload() throws IOException {
        FacesContext ctx = FacesContext.getCurrentInstance();
        var ec = ctx.getExternalContext();
        jakarta.servlet.http.HttpServletRequest req = (jakarta.servlet.http.HttpServletRequest) ec.getRequest();
        String uri = req.getRequestURI();
        ec.redirect(uri + (req.getQueryString() == null ? "" : "?" + req.getQueryString()));
    }
}
