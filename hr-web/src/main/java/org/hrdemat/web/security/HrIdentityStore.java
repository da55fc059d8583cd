package org.hrdemat.web.security;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.servlet.http.HttpServletRequest;
import org.hrdemat.identity.boundary.Authenticator;

/** The application's only identity store: accounts of the database, checked (and locked out) by the EJB. */
@ApplicationScoped
public class HrIdentityStore implements IdentityStore {

    @EJB
    Authenticator authenticator;

    @Inject
    HttpServletRequest request;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential up)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        Authenticator.Result result = authenticator.authenticate(up.getCaller(), up.getPasswordAsString(),
                remoteAddress());
        if (result.outcome() != Authenticator.Outcome.VALID) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        return new CredentialValidationResult(result.login(), result.roles());
    }

    private String remoteAddress() {
        try {
            return request.getRemoteAddr();
        } catch (RuntimeException e) {
            return "unknown";
        }
    }
}
