package org.hrdemat.shared;

import jakarta.ejb.ApplicationException;

/** An input beyond one of the installation's {@link Limits} (413 on the API); the message says which and how much. */
@ApplicationException(rollback = true)
public class TooLargeException extends InvalidInputException {

    private static final long serialVersionUID = 1L;

    private final Limits limit;

    /** The message key's first argument is the limit in MB. */
    public TooLargeException(Limits limit, String messageKey) {
        super(messageKey, limit.value() / (1024 * 1024));
        this.limit = limit;
    }

    public Limits getLimit() {
        return limit;
    }
}
