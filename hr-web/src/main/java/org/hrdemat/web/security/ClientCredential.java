package org.hrdemat.web.security;

import jakarta.security.enterprise.credential.UsernamePasswordCredential;

/** A login and password with the address of the client that sent them (for the audit and the brute-force guard). */
final class ClientCredential extends UsernamePasswordCredential {

    private final String address;

    ClientCredential(String login, String password, String address) {
        super(login, password);
        this.address = address;
    }

    String address() {
        return address;
    }
}
