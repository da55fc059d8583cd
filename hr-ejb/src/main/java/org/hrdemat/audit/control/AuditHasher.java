package org.hrdemat.audit.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Computes the chained hash of an audit event over an unambiguous, length-prefixed encoding of its fields:
 * HMAC-SHA256 under the installation's {@link AuditKey}, or SHA-256 for the events written before it existed.
 */
public final class AuditHasher {

    /** The "previous hash" of the first event. */
    public static final String GENESIS = "0".repeat(64);

    private AuditHasher() {
    }

    /** The plain SHA-256 of an event (the chain of an installation before its audit key existed). */
    public static String hash(String prevHash, long sequence, Instant occurredAt, String actor, Long employerId,
                              String action, String target, String outcome, String details) {
        return hash(null, prevHash, sequence, occurredAt, actor, employerId, action, target, outcome, details);
    }

    /** The hash of an event: HMAC-SHA256 under the key from its first keyed event on, SHA-256 before (or without). */
    public static String hash(AuditKey key, String prevHash, long sequence, Instant occurredAt, String actor,
                              Long employerId, String action, String target, String outcome, String details) {
        StringBuilder sb = new StringBuilder();
        append(sb, prevHash);
        append(sb, Long.toString(sequence));
        append(sb, Long.toString(occurredAt.toEpochMilli()));
        append(sb, actor);
        append(sb, employerId == null ? null : employerId.toString());
        append(sb, action);
        append(sb, target);
        append(sb, outcome);
        append(sb, details);
        byte[] bytes = sb.toString().getBytes(StandardCharsets.UTF_8);
        try {
            if (key != null && key.keys(sequence)) {
                Mac mac = Mac.getInstance("HmacSHA256");
                mac.init(new SecretKeySpec(key.secret(), "HmacSHA256"));
                return HexFormat.of().formatHex(mac.doFinal(bytes));
            }
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void append(StringBuilder sb, String value) {
        if (value == null) {
            sb.append("-1:");
        } else {
            sb.append(value.length()).append(':').append(value);
        }
        sb.append('|');
    }
}
