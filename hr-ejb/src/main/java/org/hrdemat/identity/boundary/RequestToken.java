package org.hrdemat.identity.boundary;

import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;

/**
 * The API token the current request was authenticated with, if any (set by {@link Authenticator}): the audit
 * names it in every event of the request, and what a token may not do is refused with it.
 */
@RequestScoped
public class RequestToken {

    private Long id;
    private String name;
    private boolean readOnly;

    void set(Long tokenId, String tokenName, boolean onlyReads) {
        this.id = tokenId;
        this.name = tokenName;
        this.readOnly = onlyReads;
    }

    public boolean present() {
        return id != null;
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public boolean readOnly() {
        return readOnly;
    }

    /** The token of the request, or null when there is none or no request at all (a timer, a batch job). */
    public static RequestToken of(Instance<RequestToken> instance) {
        try {
            RequestToken token = instance.get();
            return token.present() ? token : null;
        } catch (ContextNotActiveException e) {
            return null;
        }
    }
}
