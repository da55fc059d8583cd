package org.hrdemat.document.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MasterKeyTest {

    @TempDir
    Path dir;

    @Test
    void aWrappedSecretIsNotInClearAndUnwrapsWithTheSameKeyOnly() throws Exception {
        MasterKey key = MasterKey.in(dir);
        String wrapped = key.wrap("mot-de-passe-du-cachet");
        assertFalse(wrapped.contains("mot-de-passe"));
        assertEquals("mot-de-passe-du-cachet", MasterKey.in(dir).unwrap(wrapped), "the key is kept in the directory");
        assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(
                Files.getPosixFilePermissions(dir.resolve("master.key"))));
        MasterKey other = MasterKey.in(Files.createTempDirectory(dir, "other"));
        assertThrows(IllegalStateException.class, () -> other.unwrap(wrapped));
    }

    @Test
    void theKeyIsReadableByTheServerOnlyAndOneForConcurrentFirstUses() throws Exception {
        Path keys = dir.resolve("keys");
        java.util.List<java.util.concurrent.Future<String>> made = new java.util.ArrayList<>();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            for (int i = 0; i < 8; i++) {
                made.add(pool.submit(() -> MasterKey.in(keys).wrap("secret")));
            }
            MasterKey key = MasterKey.in(keys);
            for (var f : made) {
                assertEquals("secret", key.unwrap(f.get()), "every first use got the same key");
            }
        } finally {
            pool.shutdown();
        }
        assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(
                Files.getPosixFilePermissions(keys.resolve("master.key"))));
        assertEquals("rwx------", java.nio.file.attribute.PosixFilePermissions.toString(
                Files.getPosixFilePermissions(keys)));
        try (var files = Files.list(keys)) {
            assertEquals(1, files.count(), "no temporary file left");
        }
    }
}
