package org.hrdemat.shared;

import jakarta.ejb.ApplicationException;

/** The caller is known but their role does not allow the operation. */
@ApplicationException(rollback = true)
public class AccessDeniedException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public AccessDeniedException() {
        super("error.forbidden");
    }

    /** Refused for a reason the caller should be told (a message key). */
    public AccessDeniedException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
