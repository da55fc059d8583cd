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
import org.hrdemat.audit.control.AuditHasher;
import org.hrdemat.audit.control.ChainVerification;
import org.hrdemat.audit.control.ChainVerifier;
import org.hrdemat.audit.entity.AuditChainHead;
import org.hrdemat.audit.entity.AuditEvent;
import org.hrdemat.identity.boundary.Caller;
import org.hrdemat.identity.boundary.Callers;
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

    /**
     * Appends an event. It runs in its own transaction so that a denied or failed operation, which rolls back,
     * is still recorded; the head row lock serialises writers.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void record(AuditEntry entry) {
        AuditChainHead head = em.find(AuditChainHead.class, AuditChainHead.SINGLETON_ID, LockModeType.PESSIMISTIC_WRITE);
        long sequence = head.getLastSequence() + 1;
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        String details = entry.details() == null || entry.details().length() <= MAX_DETAILS
                ? entry.details() : entry.details().substring(0, MAX_DETAILS);
        String target = entry.target() == null || entry.target().length() <= 200
                ? entry.target() : entry.target().substring(0, 200);
        String actor = entry.actor() == null ? "anonymous"
                : entry.actor().length() <= 100 ? entry.actor() : entry.actor().substring(0, 100);
        String hash = AuditHasher.hash(head.getLastHash(), sequence, now, actor, entry.employerId(),
                entry.action(), target, entry.outcome().name(), details);
        em.persist(new AuditEvent(sequence, now, actor, entry.employerId(), entry.action(), target,
                entry.outcome(), details, head.getLastHash(), hash));
        head.advance(sequence, hash);
    }

    /** Events of the caller's employers (and events with no employer), newest first; ADMIN only. */
    public List<AuditEvent> search(AuditFilter filter, int first, int max) {
        Caller caller = callers.current();
        caller.requireAnyRole(Role.ADMIN);
        StringBuilder jpql = new StringBuilder("select e from AuditEvent e where (e.employerId in :employers or e.employerId is null)");
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

    /** Checks every event of the whole chain in order; ADMIN only. The check itself is audited. */
    public ChainVerification verify() {
        Caller caller = callers.current();
        caller.requireAnyRole(Role.ADMIN);
        AuditChainHead head = em.find(AuditChainHead.class, AuditChainHead.SINGLETON_ID);
        long headSequence = head.getLastSequence();
        String headHash = head.getLastHash();
        ChainVerifier verifier = new ChainVerifier();
        long after = 0;
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
        ChainVerification result = verifier.finish(headSequence, headHash);
        record(new AuditEntry(caller.login(), caller.defaultEmployerId(), "AUDIT_VERIFY", null,
                result.valid() ? org.hrdemat.audit.entity.AuditOutcome.SUCCESS
                        : org.hrdemat.audit.entity.AuditOutcome.FAILURE,
                result.valid() ? result.checkedEvents() + " events" : "broken at " + result.firstBrokenEvent()));
        return result;
    }
}
