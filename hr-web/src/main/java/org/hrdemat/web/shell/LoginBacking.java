package org.hrdemat.web.shell;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** The login form: hands the credential to the authentication mechanism, then goes where the user was going. */
@Named
@RequestScoped
public class LoginBacking {

    @Inject
    SecurityContext securityContext;


    @Inject
    UserSession userSession;

    private String username;
    private String password;
    private String continueTo;

    public void login() throws IOException {
        FacesContext ctx = FacesContext.getCurrentInstance();
        ExternalContext ec = ctx.getExternalContext();
        if (username == null || username.isBlank() || password == null || password.isEmpty()) {
            Pages.error("login.required");
            return;
        }
        AuthenticationStatus status = securityContext.authenticate((HttpServletRequest) ec.getRequest(),
                (HttpServletResponse) ec.getResponse(), AuthenticationParameters.withParams()
                        .credential(new UsernamePasswordCredential(username, new Password(password)))
                        .newAuthentication(true));
        if (status == AuthenticationStatus.SUCCESS) {
            ec.redirect(ec.getRequestContextPath() + safeTarget(continueTo));
            ctx.responseComplete();
        } else if (status == AuthenticationStatus.SEND_FAILURE) {
            Object wait = ec.getRequestMap().get(org.hrdemat.web.security.HrIdentityStore.RETRY_AFTER);
            if (wait != null) {
                Pages.error("login.throttled", wait);
            } else {
                Pages.error("login.invalid");
            }
        } else {
            ctx.responseComplete();
        }
    }

    public void logout() throws IOException, ServletException {
        ExternalContext ec = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) ec.getRequest();
        String language = userSession.getLanguage();
        request.logout();
        ec.invalidateSession();
        ec.redirect(ec.getRequestContextPath() + "/login.xhtml?loggedOut=true&lang=" + language);
    }

    /** Only local paths: an open redirect to another site is refused. */
    static String safeTarget(String target) {
        if (target == null || !target.startsWith("/") || target.startsWith("//") || target.contains("\\")
                || target.startsWith("/login.xhtml")) {
            return "/index.xhtml";
        }
        return target;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getContinueTo() {
        return continueTo;
    }

    public void setContinueTo(String continueTo) {
        this.continueTo = continueTo;
    }
}
