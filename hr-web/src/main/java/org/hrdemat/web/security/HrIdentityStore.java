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

/**
 * The application's only identity store: accounts of the database and their API tokens, checked (and throttled)
 * by the EJB. A throttled
 * attempt leaves the seconds to wait in the request attribute {@link #RETRY_AFTER}.
 */
@ApplicationScoped
public class HrIdentityStore implements IdentityStore {

    /** Request attribute: seconds to wait before the next attempt (Long), set when an attempt was throttled. */
    public static final String RETRY_AFTER = "org.hrdemat.retryAfter";

    @EJB
    Authenticator authenticator;

    @Inject
    HttpServletRequest request;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        Authenticator.Result result;
        if (credential instanceof TokenCredential token) {
            result = authenticator.authenticateToken(token.secret(), token.address());
        } else if (credential instanceof UsernamePasswordCredential up) {
            result = authenticator.authenticate(up.getCaller(), up.getPasswordAsString(),
                    up instanceof ClientCredential c ? c.address() : remoteAddress());
        } else {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        if (result.outcome() == Authenticator.Outcome.THROTTLED) {
            request.setAttribute(RETRY_AFTER, Math.max(1, (result.retryAfter().toMillis() + 999) / 1000));
        }
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
