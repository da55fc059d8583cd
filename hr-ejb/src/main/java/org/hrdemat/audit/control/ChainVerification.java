package org.hrdemat.audit.control;

import java.io.Serializable;
import java.time.Instant;

/**
 * Result of a chain check: how many events were checked, the first broken one if any, and the signed checkpoint
 * outside the database that the chain was found to agree with ({@code sealedUpTo}, {@code sealedAt}), if any.
 */
public record ChainVerification(boolean valid, long checkedEvents, Long firstBrokenEvent, String problem,
                                Long sealedUpTo, Instant sealedAt) implements Serializable {

    public static ChainVerification ok(long checked) {
        return new ChainVerification(true, checked, null, null, null, null);
    }

    public static ChainVerification broken(long checked, long eventId, String problem) {
        return new ChainVerification(false, checked, eventId, problem, null, null);
    }

    /** The same result, agreeing with the checkpoint of that event written then. */
    public ChainVerification sealed(long sequence, Instant at) {
        return new ChainVerification(valid, checkedEvents, firstBrokenEvent, problem, sequence, at);
    }
}
