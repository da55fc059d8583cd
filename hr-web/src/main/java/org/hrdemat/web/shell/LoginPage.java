package org.hrdemat.web.shell;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/** State of the login page itself (the "you are logged out" notice). */
@Named
@RequestScoped
public class LoginPage {

    private boolean loggedOut;

    public boolean isLoggedOut() {
        return loggedOut;
    }

    public void setLoggedOut(boolean loggedOut) {
        this.loggedOut = loggedOut;
    }
}
