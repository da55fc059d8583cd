package org.hrdemat.contract.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/** The six-digit codes a signer confirms with: drawn at random, kept only as a salted SHA-256. */
public final class OneTimeCodes {

    private static final SecureRandom RANDOM = new SecureRandom();

    private OneTimeCodes() {
    }

    public static String draw() {
        return String.format("%06d", RANDOM.nextInt(1_000_000));
    }

    /** "salt:hash" of the code. */
    public static String hash(String code) {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        String s = Base64.getEncoder().encodeToString(salt);
        return s + ":" + digest(s, code);
    }

    public static boolean matches(String stored, String code) {
        if (stored == null || code == null) {
            return false;
        }
        int colon = stored.indexOf(':');
        String salt = stored.substring(0, colon);
        return MessageDigest.isEqual(stored.substring(colon + 1).getBytes(StandardCharsets.US_ASCII),
                digest(salt, code.trim()).getBytes(StandardCharsets.US_ASCII));
    }

    /** An address shown without giving it away: j***@demoville.example. */
    public static String mask(String email) {
        int at = email.indexOf('@');
        return at <= 1 ? "***" + email.substring(Math.max(at, 0)) : email.charAt(0) + "***" + email.substring(at);
    }

    private static String digest(String salt, String code) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(salt.getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(md.digest(code.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
