package org.hrdemat.document.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileSystemDocumentStoreTest {

    @TempDir
    Path root;

    @Test
    void contentIsStoredOnceUnderItsSha256AndReadBack() {
        FileSystemDocumentStore store = new FileSystemDocumentStore(root);
        byte[] content = "bulletin de paie".getBytes(StandardCharsets.UTF_8);
        String sha = store.put(content);
        assertEquals(Sha256.of(content), sha);
        assertEquals(sha, store.put(content));
        assertTrue(store.contains(sha));
        assertArrayEquals(content, store.get(sha));
    }

    @Test
    void alteredOrMissingContentIsRefusedAtRead() throws IOException {
        FileSystemDocumentStore store = new FileSystemDocumentStore(root);
        String sha = store.put("original".getBytes(StandardCharsets.UTF_8));
        Path file = root.resolve(sha.substring(0, 2)).resolve(sha.substring(2, 4)).resolve(sha);
        file.toFile().setWritable(true);
        Files.writeString(file, "tampered");
        assertThrows(DocumentIntegrityException.class, () -> store.get(sha));
        assertThrows(DocumentIntegrityException.class, () -> store.get("0".repeat(64)));
        assertThrows(IllegalArgumentException.class, () -> store.get("../../etc/passwd"));
    }
}
