package org.hrdemat.document.control;

/** A stored document is missing or its bytes no longer match its SHA-256: never served, always reported. */
public class DocumentIntegrityException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public DocumentIntegrityException(String message) {
        super(message);
    }
}
