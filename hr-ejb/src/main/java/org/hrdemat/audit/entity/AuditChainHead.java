package org.hrdemat.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The single row that holds the last sequence number and hash of the chain. Appending locks it, which orders
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

    protected AuditChainHead() {
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
