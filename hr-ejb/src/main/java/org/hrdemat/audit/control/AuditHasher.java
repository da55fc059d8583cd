package org.hrdemat.audit.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/** Computes the chained SHA-256 of an audit event over an unambiguous, length-prefixed encoding of its fields. */
public final class AuditHasher {

    /** The "previous hash" of the first event. */
    public static final String GENESIS = "0".repeat(64);

    private AuditHasher() {
    }

    public static String hash(String prevHash, long sequence, Instant occurredAt, String actor, Long employerId,
                              String action, String target, String outcome, String details) {
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
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(sb.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
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
