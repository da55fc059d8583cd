package org.hrdemat.identity.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/** Hashes and checks passwords with Jakarta Security's PBKDF2 (HMAC-SHA256, 210,000 iterations, 32-byte salt). */
@ApplicationScoped
public class Passwords {

    @Inject
    Pbkdf2PasswordHash hash;

    private String dummyHash;

    @PostConstruct
    void configure() {
        hash.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
                "Pbkdf2PasswordHash.Iterations", "210000",
                "Pbkdf2PasswordHash.SaltSizeBytes", "32"));
        dummyHash = hash.generate("not-a-real-password".toCharArray());
    }

    public String hash(String password) {
        return hash.generate(password.toCharArray());
    }

    public boolean matches(String password, String storedHash) {
        return password != null && storedHash != null && hash.verify(password.toCharArray(), storedHash);
    }

    /** Spends the same time as a real check, so that unknown logins cannot be told apart by timing. */
    public void burn(String password) {
        hash.verify(password == null ? new char[0] : password.toCharArray(), dummyHash);
    }
}
