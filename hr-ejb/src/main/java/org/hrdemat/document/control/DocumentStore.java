package org.hrdemat.document.control;

/**
 * Where document contents live, addressed by their SHA-256: the same content is stored once, a stored content
 * never changes, and every read checks the content against its address.
 */
public interface DocumentStore {

    /** Stores the content (idempotent) and returns its SHA-256 in lower-case hex. */
    String put(byte[] content);

    /**
     * Stores the content of a file (a large upload, never held in memory): the file is hashed as it is read and
     * moved into the store, so it is the caller's no more; returns its SHA-256.
     */
    String putMoving(java.nio.file.Path file);

    /**
     * The stored file of that address, to be read where it lies (a large source), once its bytes were checked
     * against the address; throws {@link DocumentIntegrityException} when they changed.
     */
    java.nio.file.Path file(String sha256);

    /** The content of that address; throws {@link DocumentIntegrityException} when the stored bytes changed. */
    byte[] get(String sha256);

    boolean contains(String sha256);

    /**
     * Removes a content for good (a destruction decided at the end of its retention). Callers make sure nothing
     * else refers to it; payslips never reach this.
     */
    void delete(String sha256);
}
