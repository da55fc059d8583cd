package org.hrdemat.audit.control;

import java.time.Instant;

/**
 * Walks events in sequence order and finds the first one that was edited, removed or inserted:
 * a gap in the sequence, a previous-hash link that does not match, or a content hash that does not match.
 */
public final class ChainVerifier {

    /** The fields of an event as stored. */
    public record StoredEvent(long id, Instant occurredAt, String actor, Long employerId, String action, String target,
                              String outcome, String details, String prevHash, String hash) {
    }

    private final AuditKey key;
    private long expectedSequence;
    private String previousHash;
    private long checked;
    private ChainVerification failure;

    /** A verifier of a whole, unkeyed chain (its first event 1, linked to the genesis hash). */
    public ChainVerifier() {
        this(null, 0, AuditHasher.GENESIS);
    }

    /**
     * A verifier of a chain hashed with this key (null: unkeyed) whose first remaining event follows
     * {@code baseSequence} of hash {@code baseHash} (0 and the genesis hash when nothing was purged).
     */
    public ChainVerifier(AuditKey key, long baseSequence, String baseHash) {
        this.key = key;
        this.expectedSequence = baseSequence + 1;
        this.previousHash = baseHash;
    }

    /** Feeds the next stored event; returns false once the chain is broken. */
    public boolean accept(StoredEvent e) {
        if (failure != null) {
            return false;
        }
        if (e.id() != expectedSequence) {
            failure = ChainVerification.broken(checked, Math.min(e.id(), expectedSequence),
                    "missing event(s): expected " + expectedSequence + ", found " + e.id());
            return false;
        }
        if (!previousHash.equals(e.prevHash())) {
            failure = ChainVerification.broken(checked, e.id(), "link to previous event does not match");
            return false;
        }
        String recomputed = AuditHasher.hash(key, e.prevHash(), e.id(), e.occurredAt(), e.actor(), e.employerId(),
                e.action(), e.target(), e.outcome(), e.details());
        if (!recomputed.equals(e.hash())) {
            failure = ChainVerification.broken(checked, e.id(), "content does not match its hash");
            return false;
        }
        previousHash = e.hash();
        expectedSequence++;
        checked++;
        return true;
    }

    /** Ends the walk against the head row: events deleted at the end of the chain are found here. */
    public ChainVerification finish(long headSequence, String headHash) {
        if (failure != null) {
            return failure;
        }
        long last = expectedSequence - 1;
        if (last != headSequence) {
            return ChainVerification.broken(checked, last + 1,
                    "chain ends at " + last + " but " + headSequence + " events were written");
        }
        if (!previousHash.equals(headHash)) {
            return ChainVerification.broken(checked, last, "last event does not match the chain head");
        }
        return ChainVerification.ok(checked);
    }
}
