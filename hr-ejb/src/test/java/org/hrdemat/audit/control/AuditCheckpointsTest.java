package org.hrdemat.audit.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import org.hrdemat.document.control.Pki;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditCheckpointsTest {

    private static final Pki.Credential CA = Pki.newAuthority("CN=Test CA, C=FR", 1);
    private static final Pki.Credential SEAL = Pki.issue(CA, "CN=Audit seal, C=FR", 1);
    private static final Instant T0 = Instant.parse("2027-03-01T09:00:00Z");

    @TempDir
    Path dir;

    @Test
    void aCheckpointIsSignedAndReadBackAndTheLatestIsTheHighest() throws Exception {
        AuditCheckpoints store = new AuditCheckpoints(dir, SEAL, null);
        assertTrue(store.latest().isEmpty());
        store.write(9, "a".repeat(64), T0);
        store.write(120, "b".repeat(64), T0.plusSeconds(60));
        store.write(15, "c".repeat(64), T0.plusSeconds(120));
        AuditCheckpoints.Checkpoint latest = store.latest().orElseThrow();
        assertEquals(120, latest.sequence());
        assertEquals("b".repeat(64), latest.hash());
        assertEquals(T0.plusSeconds(60), latest.writtenAt());
        assertTrue(latest.signatureValid());
        assertFalse(latest.timestamped(), "no TSA configured");
        assertEquals("a".repeat(64), store.at(9).orElseThrow().hash());
        assertEquals("a".repeat(64), store.write(9, "d".repeat(64), T0).hash(), "a checkpoint is never rewritten");
        String text = Files.readString(dir.resolve("checkpoint-0000000000000000120.txt"));
        assertTrue(text.startsWith("hr-demat audit checkpoint v1\nsequence: 120\nhash: "), text);
    }

    @Test
    void anEditedOrForeignCheckpointDoesNotHold() throws Exception {
        AuditCheckpoints store = new AuditCheckpoints(dir, SEAL, null);
        store.write(42, "a".repeat(64), T0);
        Path file = dir.resolve("checkpoint-0000000000000000042.txt");
        String text = Files.readString(file, StandardCharsets.UTF_8);
        Files.writeString(file, text.replace("sequence: 42", "sequence: 41"));
        assertFalse(store.at(42).orElseThrow().signatureValid(), "edited");
        Files.writeString(file, text);
        assertTrue(store.at(42).orElseThrow().signatureValid(), "as written");
        // signed by someone else's key, with that key's certificate
        new AuditCheckpoints(dir, Pki.issue(CA, "CN=Someone else, C=FR", 1), null).write(43, "b".repeat(64), T0);
        assertFalse(store.at(43).orElseThrow().signatureValid());
        Files.writeString(dir.resolve("checkpoint-0000000000000000044.txt"), "garbage");
        assertFalse(store.latest().orElseThrow().signatureValid(), "an unreadable latest checkpoint does not hold");
    }

    @Test
    void theAuditKeyIsMadeOnceOwnerOnlyAndSaysFromWhichEventItKeys() throws Exception {
        Path keys = dir.resolve("keys");
        AuditKey first = AuditKey.in(keys, 57);
        assertEquals(57, first.fromSequence());
        assertEquals(32, first.secret().length);
        assertFalse(first.keys(56));
        assertTrue(first.keys(57));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(keys.resolve("audit.key"))));
        assertEquals(57, AuditKey.in(keys, 900).fromSequence(), "made once: later calls read it");
    }
}
