package org.hrdemat.audit.control;

import java.io.Serializable;

/** Result of a chain check: how many events were checked, and the first broken one if any. */
public record ChainVerification(boolean valid, long checkedEvents, Long firstBrokenEvent, String problem)
        implements Serializable {

    public static ChainVerification ok(long checked) {
        return new ChainVerification(true, checked, null, null);
    }

    public static ChainVerification broken(long checked, long eventId, String problem) {
        return new ChainVerification(false, checked, eventId, problem);
    }
}
