package org.hrdemat.identity.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The secrets of API tokens: {@value #PREFIX} followed by 256 random bits in base64url (so that a secret scanner,
 * or a person, recognises one in a log or a repository), and the digest under which a token is kept and found.
 * The secret being random and long, a plain SHA-256 is enough to keep it: nothing can be guessed from the digest,
 * and checking a token costs a digest and an indexed lookup, not a password hash.
 */
public final class TokenSecrets {

    public static final String PREFIX = "hrd_";
    /** Length of a secret: the prefix and 43 base64url characters. */
    public static final int LENGTH = PREFIX.length() + 43;
    /** Characters of a secret its owner is shown again later, to tell tokens apart. */
    static final int HINT = PREFIX.length() + 6;
    private static final SecureRandom RANDOM = new SecureRandom();

    private TokenSecrets() {
    }

    /** A new secret. */
    public static String create() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Whether a text has the shape of a secret (checked before anything else is done with it). */
    public static boolean wellFormed(String secret) {
        if (secret == null || secret.length() != LENGTH || !secret.startsWith(PREFIX)) {
            return false;
        }
        for (int i = PREFIX.length(); i < LENGTH; i++) {
            char c = secret.charAt(i);
            if (!(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '_')) {
                return false;
            }
        }
        return true;
    }

    /** The digest a token is kept under: SHA-256, in hexadecimal. */
    public static String digest(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What the owner is shown of a secret once it is made: its first characters. */
    public static String hint(String secret) {
        return secret.substring(0, HINT);
    }
}
