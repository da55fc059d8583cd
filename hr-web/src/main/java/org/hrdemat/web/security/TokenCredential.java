package org.hrdemat.web.security;

import jakarta.security.enterprise.credential.Credential;

/** An API token sent as {@code Authorization: Bearer}, with the address of the client that sent it. */
record TokenCredential(String secret, String address) implements Credential {

    @Override
    public String toString() {
        return "TokenCredential"; // never the secret, in a log or anywhere
    }
}
