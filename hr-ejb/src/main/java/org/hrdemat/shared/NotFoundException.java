package org.hrdemat.shared;

import jakarta.ejb.ApplicationException;

/** The record does not exist, or exists outside what the caller may see (both look the same on purpose). */
@ApplicationException(rollback = true)
public class NotFoundException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public NotFoundException() {
        super("error.notFound");
    }
}
