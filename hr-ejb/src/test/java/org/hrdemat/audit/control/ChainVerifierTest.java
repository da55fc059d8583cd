package org.hrdemat.audit.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hrdemat.audit.control.ChainVerifier.StoredEvent;
import org.junit.jupiter.api.Test;

class ChainVerifierTest {

    private static List<StoredEvent> chain(int n) {
        List<StoredEvent> events = new ArrayList<>();
        String prev = AuditHasher.GENESIS;
        for (long i = 1; i <= n; i++) {
            Instant at = Instant.parse("2027-01-01T10:00:00Z").plusSeconds(i);
            String hash = AuditHasher.hash(prev, i, at, "rh", 1L, "LOGIN", "account:" + i, "SUCCESS", "from 127.0.0.1");
            events.add(new StoredEvent(i, at, "rh", 1L, "LOGIN", "account:" + i, "SUCCESS", "from 127.0.0.1", prev, hash));
            prev = hash;
        }
        return events;
    }

    private static ChainVerification verify(List<StoredEvent> events, long headSeq, String headHash) {
        ChainVerifier v = new ChainVerifier();
        for (StoredEvent e : events) {
            if (!v.accept(e)) {
                break;
            }
        }
        return v.finish(headSeq, headHash);
    }

    @Test
    void untouchedChainIsValid() {
        List<StoredEvent> events = chain(5);
        ChainVerification r = verify(events, 5, events.get(4).hash());
        assertTrue(r.valid());
        assertEquals(5, r.checkedEvents());
    }

    @Test
    void editedDetailsAreFoundAtThatEvent() {
        List<StoredEvent> events = chain(5);
        StoredEvent e = events.get(2);
        events.set(2, new StoredEvent(e.id(), e.occurredAt(), e.actor(), e.employerId(), e.action(), e.target(),
                e.outcome(), "from 10.0.0.1", e.prevHash(), e.hash()));
        ChainVerification r = verify(events, 5, events.get(4).hash());
        assertFalse(r.valid());
        assertEquals(3L, r.firstBrokenEvent());
    }

    @Test
    void rehashedEditBreaksTheNextLink() {
        List<StoredEvent> events = chain(5);
        StoredEvent e = events.get(1);
        String forged = AuditHasher.hash(e.prevHash(), e.id(), e.occurredAt(), "admin", e.employerId(), e.action(),
                e.target(), e.outcome(), e.details());
        events.set(1, new StoredEvent(e.id(), e.occurredAt(), "admin", e.employerId(), e.action(), e.target(),
                e.outcome(), e.details(), e.prevHash(), forged));
        ChainVerification r = verify(events, 5, events.get(4).hash());
        assertFalse(r.valid());
        assertEquals(3L, r.firstBrokenEvent());
    }

    @Test
    void deletedMiddleEventIsFound() {
        List<StoredEvent> events = chain(5);
        events.remove(2);
        ChainVerification r = verify(events, 5, chain(5).get(4).hash());
        assertFalse(r.valid());
        assertEquals(3L, r.firstBrokenEvent());
    }

    @Test
    void deletedLastEventIsFoundAgainstTheHead() {
        List<StoredEvent> full = chain(5);
        List<StoredEvent> events = new ArrayList<>(full.subList(0, 4));
        ChainVerification r = verify(events, 5, full.get(4).hash());
        assertFalse(r.valid());
        assertEquals(5L, r.firstBrokenEvent());
    }

    @Test
    void hashEncodingIsUnambiguous() {
        Instant at = Instant.parse("2027-01-01T10:00:00Z");
        String a = AuditHasher.hash(AuditHasher.GENESIS, 1, at, "ab", null, "c", null, "SUCCESS", null);
        String b = AuditHasher.hash(AuditHasher.GENESIS, 1, at, "a", null, "bc", null, "SUCCESS", null);
        assertFalse(a.equals(b));
    }

    private static final AuditKey KEY = new AuditKey("k".repeat(32).getBytes(java.nio.charset.StandardCharsets.US_ASCII), 3);

    /** Events 1 and 2 as before the key existed (SHA-256), then keyed: what an upgraded installation holds. */
    private static List<StoredEvent> keyedChain(int n, AuditKey key, String details) {
        List<StoredEvent> events = new ArrayList<>();
        String prev = AuditHasher.GENESIS;
        for (long i = 1; i <= n; i++) {
            Instant at = Instant.parse("2027-01-01T10:00:00Z").plusSeconds(i);
            String hash = AuditHasher.hash(key, prev, i, at, "rh", 1L, "LOGIN", "account:" + i, "SUCCESS", details);
            events.add(new StoredEvent(i, at, "rh", 1L, "LOGIN", "account:" + i, "SUCCESS", details, prev, hash));
            prev = hash;
        }
        return events;
    }

    private static ChainVerification verifyKeyed(List<StoredEvent> events, AuditKey key) {
        ChainVerifier v = new ChainVerifier(key, 0, AuditHasher.GENESIS);
        for (StoredEvent e : events) {
            if (!v.accept(e)) {
                break;
            }
        }
        return v.finish(events.size(), events.get(events.size() - 1).hash());
    }

    @Test
    void aKeyedChainVerifiesWithItsKeyOnly() {
        List<StoredEvent> events = keyedChain(6, KEY, "from 127.0.0.1");
        assertEquals(chain(2).get(1).hash(), events.get(1).hash(), "the events before the key stay SHA-256");
        assertTrue(verifyKeyed(events, KEY).valid());
        AuditKey other = new AuditKey("x".repeat(32).getBytes(java.nio.charset.StandardCharsets.US_ASCII), 3);
        ChainVerification wrongKey = verifyKeyed(events, other);
        assertFalse(wrongKey.valid());
        assertEquals(3L, wrongKey.firstBrokenEvent(), "the first keyed event");
    }

    @Test
    void aChainRewrittenWithoutTheKeyIsFound() {
        // whoever writes the database edits event 4 and re-chains everything with SHA-256, head included
        List<StoredEvent> rewritten = keyedChain(6, null, "from 127.0.0.1");
        ChainVerification r = verifyKeyed(rewritten, KEY);
        assertFalse(r.valid(), "the plain chain is self-consistent, but not keyed");
        assertEquals(3L, r.firstBrokenEvent());
        assertTrue(r.problem().contains("hash"), r.problem());
    }

    @Test
    void aChainPurgedBehindABaseStartsAfterIt() {
        List<StoredEvent> events = keyedChain(6, KEY, "d");
        ChainVerifier v = new ChainVerifier(KEY, 3, events.get(2).hash());
        for (StoredEvent e : events.subList(3, 6)) {
            assertTrue(v.accept(e));
        }
        assertTrue(v.finish(6, events.get(5).hash()).valid());
        ChainVerifier wrongBase = new ChainVerifier(KEY, 3, AuditHasher.GENESIS);
        assertFalse(wrongBase.accept(events.get(3)), "the first remaining event links to the purged one");
    }
}
