package org.hrdemat.document.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The default store: one read-only file per content under {@code root/ab/cd/<sha256>}, written to a temporary
 * file first and moved into place, so that a crash never leaves a partial document under a valid address.
 */
public class FileSystemDocumentStore implements DocumentStore {

    private final Path root;

    public FileSystemDocumentStore(Path root) {
        this.root = root;
    }

    @Override
    public String put(byte[] content) {
        String sha = Sha256.of(content);
        Path target = path(sha);
        if (Files.exists(target)) {
            return sha;
        }
        try {
            Files.createDirectories(target.getParent());
            Path tmp = Files.createTempFile(target.getParent(), sha, ".tmp");
            Files.write(tmp, content);
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target);
            } catch (FileAlreadyExistsException e) {
                Files.deleteIfExists(tmp); // written meanwhile by another thread: same content
            }
            target.toFile().setReadOnly();
            return sha;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public byte[] get(String sha256) {
        Path p = path(sha256);
        if (!Files.exists(p)) {
            throw new DocumentIntegrityException("document " + sha256 + " is missing from the store");
        }
        try {
            byte[] content = Files.readAllBytes(p);
            if (!Sha256.of(content).equals(sha256)) {
                throw new DocumentIntegrityException("document " + sha256 + " was altered in the store");
            }
            return content;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public boolean contains(String sha256) {
        return Files.exists(path(sha256));
    }

    @Override
    public void delete(String sha256) {
        Path p = path(sha256);
        try {
            p.toFile().setWritable(true);
            Files.deleteIfExists(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path path(String sha) {
        if (sha == null || !sha.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("not a SHA-256: " + sha);
        }
        return root.resolve(sha.substring(0, 2)).resolve(sha.substring(2, 4)).resolve(sha);
    }
}
