package org.hrdemat.document.control;

/**
 * Where document contents live, addressed by their SHA-256: the same content is stored once, a stored content
 * never changes, and every read checks the content against its address.
 */
public interface DocumentStore {

    /** Stores the content (idempotent) and returns its SHA-256 in lower-case hex. */
    String put(byte[] content);

    /** The content of that address; throws {@link DocumentIntegrityException} when the stored bytes changed. */
    byte[] get(String sha256);

    boolean contains(String sha256);

    /**
     * Removes a content for good (a destruction decided at the end of its retention). Callers make sure nothing
     * else refers to it; payslips never reach this.
     */
    void delete(String sha256);
}
