package org.hrdemat.audit.boundary;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.hrdemat.audit.control.AuditCheckpoints;
import org.hrdemat.audit.control.AuditHasher;
import org.hrdemat.audit.control.AuditKey;
import org.hrdemat.audit.control.ChainVerification;
import org.hrdemat.audit.control.ChainVerifier;
import org.hrdemat.audit.entity.AuditChainHead;
import org.hrdemat.audit.entity.AuditEvent;
import org.hrdemat.identity.boundary.Caller;
import org.hrdemat.identity.boundary.Callers;
import org.hrdemat.identity.boundary.RequestToken;
import org.hrdemat.identity.entity.Role;

/** The audit log: appends chained events in their own transaction, lists them and verifies the chain (ADMIN). */
@Stateless
public class AuditLog {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final int MAX_DETAILS = 2000;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @EJB
    Callers callers;

    @Inject
    jakarta.enterprise.inject.Instance<RequestToken> requestToken;

    /**
     * Appends an event. It runs in its own transaction so that a denied or failed operation, which rolls back,
     * is still recorded; the head row lock serialises writers.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void record(AuditEntry entry) {
        append(em.find(AuditChainHead.class, AuditChainHead.SINGLETON_ID, LockModeType.PESSIMISTIC_WRITE), entry);
    }

    /** Chains an event after the head, which the caller holds locked. */
    private void append(AuditChainHead head, AuditEntry entry) {
        long sequence = head.getLastSequence() + 1;
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        String details = entry.details();
        RequestToken token = RequestToken.of(requestToken);
        if (token != null) {
            // whatever a token did is told apart from what its owner did with the password
            String via = "via API token " + token.id() + " «" + token.name() + "»";
            details = details == null ? via : via + ": " + details;
        }
        if (details != null && details.length() > MAX_DETAILS) {
            details = details.substring(0, MAX_DETAILS);
        }
        String target = entry.target() == null || entry.target().length() <= 200
                ? entry.target() : entry.target().substring(0, 200);
        String actor = entry.actor() == null ? "anonymous"
                : entry.actor().length() <= 100 ? entry.actor() : entry.actor().substring(0, 100);
        String hash = AuditHasher.hash(key(sequence), head.getLastHash(), sequence, now, actor, entry.employerId(),
                entry.action(), target, entry.outcome().name(), details);
        em.persist(new AuditEvent(sequence, now, actor, entry.employerId(), entry.action(), target,
                entry.outcome(), details, head.getLastHash(), hash));
        head.advance(sequence, hash);
    }

    /**
     * Events of the caller's employers, newest first; ADMIN only. Events of no employer (logins of unknown
     * accounts, refused tokens, public checks) are the whole installation's: only an ADMIN of every employer sees
     * them.
     */
    public List<AuditEvent> search(AuditFilter filter, int first, int max) {
        Caller caller = callers.current();
        caller.requireAnyRole(Role.ADMIN);
        StringBuilder jpql = new StringBuilder(platformWide(caller)
                ? "select e from AuditEvent e where (e.employerId in :employers or e.employerId is null)"
                : "select e from AuditEvent e where e.employerId in :employers");
        List<Object[]> params = new ArrayList<>();
        params.add(new Object[]{"employers", caller.employerIds()});
        if (filter != null) {
            if (filter.employerId() != null) {
                if (!caller.mayActFor(filter.employerId())) {
                    return List.of();
                }
                jpql.append(" and e.employerId = :employer");
                params.add(new Object[]{"employer", filter.employerId()});
            }
            if (filter.actor() != null && !filter.actor().isBlank()) {
                jpql.append(" and lower(e.actor) like :actor");
                params.add(new Object[]{"actor", "%" + filter.actor().trim().toLowerCase() + "%"});
            }
            if (filter.action() != null && !filter.action().isBlank()) {
                jpql.append(" and e.action = :action");
                params.add(new Object[]{"action", filter.action().trim()});
            }
            if (filter.outcome() != null) {
                jpql.append(" and e.outcome = :outcome");
                params.add(new Object[]{"outcome", filter.outcome()});
            }
            if (filter.from() != null) {
                jpql.append(" and e.occurredAt >= :from");
                params.add(new Object[]{"from", filter.from().atStartOfDay(PARIS).toInstant()});
            }
            if (filter.to() != null) {
                jpql.append(" and e.occurredAt < :to");
                params.add(new Object[]{"to", filter.to().plusDays(1).atStartOfDay(PARIS).toInstant()});
            }
        }
        jpql.append(" order by e.id desc");
        TypedQuery<AuditEvent> q = em.createQuery(jpql.toString(), AuditEvent.class);
        for (Object[] p : params) {
            q.setParameter((String) p[0], p[1]);
        }
        return q.setFirstResult(Math.max(0, first)).setMaxResults(Math.min(Math.max(1, max), 500)).getResultList();
    }

    /**
     * Checks every event of the chain in order, with the installation's audit key, then against the latest signed
     * checkpoint outside the database (the chain must reach it and hold the event it names) and, when old events
     * were purged, against the checkpoint of the purge; ADMIN only. A valid chain is then checkpointed. The check
     * itself is audited.
     */
    public ChainVerification verify() {
        Caller caller = callers.current();
        caller.requireAnyRole(Role.ADMIN);
        AuditChainHead head = em.find(AuditChainHead.class, AuditChainHead.SINGLETON_ID);
        long headSequence = head.getLastSequence();
        String headHash = head.getLastHash();
        ChainVerifier verifier = new ChainVerifier(key(headSequence + 1), head.getBaseSequence(), head.getBaseHash());
        long after = head.getBaseSequence();
        final int page = 1000;
        boolean going = true;
        while (going) {
            // up to the head as read above: events written since (by requests running now) are the next
            // verification's, and the ones up to it were committed with it
            List<AuditEvent> batch = em.createQuery(
                    "select e from AuditEvent e where e.id > :after and e.id <= :head order by e.id", AuditEvent.class)
                    .setParameter("after", after).setParameter("head", headSequence)
                    .setMaxResults(page).getResultList();
            for (AuditEvent e : batch) {
                if (!verifier.accept(new ChainVerifier.StoredEvent(e.getId(), e.getOccurredAt(), e.getActor(),
                        e.getEmployerId(), e.getAction(), e.getTarget(), e.getOutcome().name(), e.getDetails(),
                        e.getPrevHash(), e.getHash()))) {
                    going = false;
                    break;
                }
                after = e.getId();
            }
            em.clear();
            if (batch.size() < page) {
                going = false;
            }
        }
        ChainVerification result = againstCheckpoints(verifier.finish(headSequence, headHash), head.getBaseSequence(),
                head.getBaseHash(), headSequence);
        if (result.valid() && headSequence > 0) {
            AuditCheckpoints.Checkpoint written = checkpoints().write(headSequence, headHash, clock.instant());
            result = result.sealed(written.sequence(), written.writtenAt());
        }
        record(new AuditEntry(caller.login(), caller.defaultEmployerId(), "AUDIT_VERIFY", null,
                result.valid() ? org.hrdemat.audit.entity.AuditOutcome.SUCCESS
                        : org.hrdemat.audit.entity.AuditOutcome.FAILURE,
                result.valid() ? result.checkedEvents() + " events" : "broken at " + result.firstBrokenEvent()
                        + ": " + result.problem()));
        return result;
    }

    /** What the signed checkpoints outside the database say of a chain the database found whole. */
    private ChainVerification againstCheckpoints(ChainVerification chain, long base, String baseHash, long last) {
        if (!chain.valid()) {
            return chain;
        }
        AuditCheckpoints store = checkpoints();
        if (base > 0) {
            AuditCheckpoints.Checkpoint purge = store.at(base).orElse(null);
            if (purge == null || !purge.signatureValid() || !baseHash.equals(purge.hash())) {
                return ChainVerification.broken(chain.checkedEvents(), base + 1,
                        "the chain starts after event " + base + " but no signed checkpoint of that event says so");
            }
        }
        AuditCheckpoints.Checkpoint latest = store.latest().orElse(null);
        if (latest == null) {
            return chain;
        }
        if (!latest.signatureValid()) {
            return ChainVerification.broken(chain.checkedEvents(), Math.max(1, latest.sequence()),
                    "the latest checkpoint's signature does not hold");
        }
        // read the head again: a checkpoint may have been written since the walk began, of events written since
        // (a scalar read: a managed head would be stale for the locked read of record() in this transaction)
        long now = em.createQuery("select h.lastSequence from AuditChainHead h where h.id = :id", Long.class)
                .setParameter("id", AuditChainHead.SINGLETON_ID).getSingleResult();
        if (latest.sequence() > Math.max(last, now)) {
            return ChainVerification.broken(chain.checkedEvents(), last + 1, "the chain ends at " + Math.max(last, now)
                    + " but a checkpoint of " + latest.writtenAt() + " sealed " + latest.sequence() + " events");
        }
        if (latest.sequence() > base) {
            AuditEvent sealed = em.find(AuditEvent.class, latest.sequence());
            if (sealed == null || !sealed.getHash().equals(latest.hash())) {
                return ChainVerification.broken(chain.checkedEvents(), latest.sequence(), "event "
                        + latest.sequence() + " is not the one sealed by the checkpoint of " + latest.writtenAt());
            }
        }
        return chain.sealed(latest.sequence(), latest.writtenAt());
    }

    /**
     * Writes a signed checkpoint of the chain's head outside the database when events were added since the last
     * one (hourly, and after each verification); returns its sequence, or 0 when the chain is empty.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public long checkpoint() {
        AuditChainHead head = em.find(AuditChainHead.class, AuditChainHead.SINGLETON_ID);
        if (head.getLastSequence() == 0) {
            return 0;
        }
        AuditCheckpoints store = checkpoints();
        long latest = store.latest().map(AuditCheckpoints.Checkpoint::sequence).orElse(0L);
        if (latest < head.getLastSequence()) {
            store.write(head.getLastSequence(), head.getLastHash(), clock.instant());
        }
        return head.getLastSequence();
    }

    /**
     * Purges the events older than the retention ({@code HR_AUDIT_RETENTION_YEARS}; none if unset): first a signed
     * checkpoint of the last event purged, then the events, and the chain starts after it. Returns how many went.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int purgeExpired() {
        String years = org.hrdemat.shared.Settings.get("HR_AUDIT_RETENTION_YEARS");
        if (years == null || years.isBlank()) {
            return 0;
        }
        int kept = Integer.parseInt(years.trim());
        if (kept < 1) {
            throw new IllegalStateException("HR_AUDIT_RETENTION_YEARS must be at least 1");
        }
        Instant cutoff = clock.instant().atZone(PARIS).minusYears(kept).toInstant();
        return purgeBefore(cutoff);
    }

    /**
     * Purges the events that occurred before the cutoff, behind a checkpoint (see {@link #purgeExpired}); for the
     * nightly timer and the tests, not offered through the API.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int purgeBefore(Instant cutoff) {
        AuditChainHead head = em.find(AuditChainHead.class, AuditChainHead.SINGLETON_ID, LockModeType.PESSIMISTIC_WRITE);
        Long last = em.createQuery("select max(e.id) from AuditEvent e where e.occurredAt < :cutoff", Long.class)
                .setParameter("cutoff", cutoff).getSingleResult();
        // the head's own event stays: the chain is never emptied
        if (last == null || last <= head.getBaseSequence()) {
            return 0;
        }
        last = Math.min(last, head.getLastSequence() - 1);
        if (last <= head.getBaseSequence()) {
            return 0;
        }
        AuditEvent edge = em.find(AuditEvent.class, last);
        checkpoints().write(last, edge.getHash(), clock.instant());
        int purged = em.createQuery("delete from AuditEvent e where e.id <= :last").setParameter("last", last)
                .executeUpdate();
        head.purgedUpTo(last, edge.getHash());
        em.flush();
        append(head, AuditEntry.success("system", null, "AUDIT_PURGE", null,
                purged + " events up to " + last + " (before " + cutoff + ")"));
        return purged;
    }

    private boolean platformWide(Caller caller) {
        return caller.employerIds().containsAll(em.createQuery("select e.id from Employer e", Long.class)
                .getResultList());
    }

    private static AuditKey key(long nextSequence) {
        return AuditKey.in(org.hrdemat.shared.Settings.dataDir().resolve("keys"), nextSequence);
    }

    private static AuditCheckpoints checkpoints() {
        return AuditCheckpoints.installation();
    }
}
