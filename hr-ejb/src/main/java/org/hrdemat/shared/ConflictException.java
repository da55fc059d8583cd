package org.hrdemat.shared;

import jakarta.ejb.ApplicationException;

/** The operation clashes with the stored state (duplicate, stale version, wrong state). */
@ApplicationException(rollback = true)
public class ConflictException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public ConflictException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
