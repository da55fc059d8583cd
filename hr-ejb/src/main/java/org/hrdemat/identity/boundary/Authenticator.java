package org.hrdemat.identity.boundary;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;
import org.hrdemat.audit.boundary.AuditEntry;
import org.hrdemat.audit.boundary.AuditLog;
import org.hrdemat.identity.control.LoginThrottle;
import org.hrdemat.identity.control.Passwords;
import org.hrdemat.identity.control.TokenSecrets;

/**
 * Checks a login and password for every way in (login page, HTTP Basic), or an API token, and audits each attempt. The brute-force
 * guard ({@link LoginThrottle}) decides before any hashing; the hashing runs outside any transaction (no database
 * connection or lock is held meanwhile). Unknown, inactive and wrong all end the same way, in the same time.
 * Called before anyone is authenticated.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Authenticator {

    /** How an attempt ended: THROTTLED attempts were not checked at all (try again after {@code retryAfter}). */
    public enum Outcome { VALID, INVALID, THROTTLED }

    /** The brute-force guard's name for failed token checks (no login can be written with a space). */
    static final String TOKEN_LOGIN = " token";

    /** The outcome, and for a valid one the login and roles to give the caller. */
    public record Result(Outcome outcome, String login, Set<String> roles, Duration retryAfter) {
    }

    @Inject
    Passwords passwords;

    @Inject
    LoginThrottle throttle;

    @Inject
    Clock clock;

    @EJB
    LoginRecords records;

    @Inject
    RequestToken requestToken;

    @EJB
    AuditLog audit;

    public Result authenticate(String login, String password, String remoteAddress) {
        String normalised = login == null ? "" : login.trim().toLowerCase(Locale.ROOT);
        String address = remoteAddress == null ? "unknown" : remoteAddress;
        LoginThrottle.Admission admission = throttle.admit(normalised, address, clock.instant());
        if (!admission.admitted()) {
            return new Result(Outcome.THROTTLED, null, Set.of(), admission.retryAfter());
        }
        boolean valid = false;
        try {
            LoginRecords.Candidate account = normalised.isEmpty() || normalised.length() > 100 ? null
                    : records.find(normalised);
            if (account == null || !account.active()) {
                passwords.burn(password);
            } else {
                valid = passwords.matches(password, account.passwordHash());
            }
            Instant now = clock.instant();
            if (valid) {
                records.succeeded(account.id(), now);
                audit.record(AuditEntry.success(account.login(), account.employerId(), "LOGIN",
                        "account:" + account.id(), "from " + address));
                return new Result(Outcome.VALID, account.login(), account.roles(), Duration.ZERO);
            }
            if (account == null) {
                // what was typed is often a password pasted in the wrong field: only a digest of it is kept
                audit.record(AuditEntry.failure("?" + digest(normalised), null, "LOGIN", null,
                        "unknown login from " + address));
            } else {
                audit.record(AuditEntry.failure(account.login(), account.employerId(), "LOGIN",
                        "account:" + account.id(), (account.active() ? "wrong password" : "inactive account")
                                + " from " + address));
            }
            return new Result(Outcome.INVALID, null, Set.of(), Duration.ZERO);
        } finally {
            throttle.done(normalised, address, valid, clock.instant());
        }
    }

    /**
     * Checks an API token (the value of {@code Authorization: Bearer}): no password hashing, one indexed lookup of
     * its digest. Unknown, expired, revoked and deactivated all end the same way, audited; failures from an
     * address slow it down like failed passwords (a guess of 256 random bits cannot succeed, but it costs a
     * lookup). A valid token is remembered for the request ({@link RequestToken}) and its use recorded.
     */
    public Result authenticateToken(String secret, String remoteAddress) {
        String address = remoteAddress == null ? "unknown" : remoteAddress;
        Instant now = clock.instant();
        Duration wait = throttle.waitBefore(TOKEN_LOGIN, address, now);
        if (!wait.isZero()) {
            return new Result(Outcome.THROTTLED, null, Set.of(), wait);
        }
        LoginRecords.TokenCandidate token = TokenSecrets.wellFormed(secret)
                ? records.token(TokenSecrets.digest(secret), now, address) : null;
        if (token != null && token.usable()) {
            requestToken.set(token.id(), token.name(), token.readOnly());
            return new Result(Outcome.VALID, token.login(), token.roles(), Duration.ZERO);
        }
        throttle.failed(TOKEN_LOGIN, address, now);
        if (token == null) {
            audit.record(AuditEntry.failure("anonymous", null, "API_TOKEN_USE", null, "unknown token from " + address));
        } else {
            audit.record(AuditEntry.failure(token.login(), token.employerId(), "API_TOKEN_USE", "token:" + token.id(),
                    "expired or revoked token, or inactive account, from " + address));
        }
        return new Result(Outcome.INVALID, null, Set.of(), Duration.ZERO);
    }

    /** Whether an address must currently wait before trying this login again (the administrator can lift it). */
    public boolean slowedDown(String login) {
        return login != null && throttle.slowedDown(login.trim().toLowerCase(Locale.ROOT), clock.instant());
    }

    /** The first 12 hexadecimal digits of the SHA-256 of a text: the same text gives the same mark. */
    static String digest(String text) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
