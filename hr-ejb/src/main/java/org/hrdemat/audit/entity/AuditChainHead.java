package org.hrdemat.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The single row that holds the last sequence number and hash of the chain, and where it starts once old events
 * were purged. Appending locks it, which orders
 * concurrent writers (also across cluster nodes) and lets verification detect deleted events at the end.
 */
@Entity
@Table(name = "audit_chain_head")
public class AuditChainHead {

    public static final long SINGLETON_ID = 1L;

    @Id
    private Long id;

    @Column(name = "last_sequence", nullable = false)
    private long lastSequence;

    @jakarta.validation.constraints.Size(max = 64)
    @Column(name = "last_hash", nullable = false, length = 64)
    private String lastHash;

    /** The last purged event (0 when none was): the remaining chain links to it. */
    @Column(name = "base_sequence", nullable = false)
    private long baseSequence;

    @jakarta.validation.constraints.Size(max = 64)
    @Column(name = "base_hash", nullable = false, length = 64)
    private String baseHash;

    protected AuditChainHead() {
    }

    /** The events up to {@code sequence} (of that hash) were purged; the chain now starts after it. */
    public void purgedUpTo(long sequence, String hash) {
        if (sequence <= baseSequence || sequence > lastSequence) {
            throw new IllegalStateException("a purge moves the base forward, within the chain");
        }
        this.baseSequence = sequence;
        this.baseHash = hash;
    }

    public long getBaseSequence() {
        return baseSequence;
    }

    public String getBaseHash() {
        return baseHash;
    }

    public void advance(long sequence, String hash) {
        if (sequence != lastSequence + 1) {
            throw new IllegalStateException("audit sequence must grow by one");
        }
        this.lastSequence = sequence;
        this.lastHash = hash;
    }

    public Long getId() {
        return id;
    }

    public long getLastSequence() {
        return lastSequence;
    }

    public String getLastHash() {
        return lastHash;
    }
}
