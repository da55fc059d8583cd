package org.hrdemat.audit.control;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import org.hrdemat.shared.KeyFiles;

/**
 * The key of the audit chain's HMAC, kept outside the database ({@code HR_DATA_DIR/keys/audit.key}, readable by
 * the server only): whoever can write the database but not read this file cannot compute the hash of an event,
 * so cannot edit, insert or re-chain events without the verification finding it. The file also says from which
 * event on the chain is keyed: an installation's events written before it existed stay plain SHA-256, and no
 * event after that sequence can be passed off as one of them.
 */
public record AuditKey(byte[] secret, long fromSequence) {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Map<Path, AuditKey> CACHE = new HashMap<>();

    /**
     * The key of the installation whose key directory this is, created the first time, keying the chain from
     * {@code nextSequence} on (called with the chain head locked, so that the sequence is exactly the next one).
     */
    public static synchronized AuditKey in(Path directory, long nextSequence) {
        AuditKey known = CACHE.get(directory);
        if (known != null) {
            return known;
        }
        byte[] stored = KeyFiles.readOrCreate(directory, "audit.key", () -> {
            byte[] raw = new byte[32];
            RANDOM.nextBytes(raw);
            return (Base64.getEncoder().encodeToString(raw) + " " + nextSequence + "\n")
                    .getBytes(StandardCharsets.US_ASCII);
        });
        String[] parts = new String(stored, StandardCharsets.US_ASCII).trim().split(" ");
        if (parts.length != 2) {
            throw new IllegalStateException("the audit key file " + directory.resolve("audit.key") + " is not whole");
        }
        AuditKey key = new AuditKey(Base64.getDecoder().decode(parts[0]), Long.parseLong(parts[1]));
        CACHE.put(directory, key);
        return key;
    }

    /** Whether the event of this sequence is hashed with the key (the ones before the key existed are not). */
    public boolean keys(long sequence) {
        return sequence >= fromSequence;
    }
}
