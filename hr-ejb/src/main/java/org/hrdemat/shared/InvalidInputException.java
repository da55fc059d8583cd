package org.hrdemat.shared;

import jakarta.ejb.ApplicationException;

/** Input that no rule can accept (bad format, missing field); the message key names the problem. */
@ApplicationException(rollback = true)
public class InvalidInputException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public InvalidInputException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
