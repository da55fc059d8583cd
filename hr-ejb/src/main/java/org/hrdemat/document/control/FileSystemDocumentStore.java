package org.hrdemat.document.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.NoSuchFileException;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The default store: one read-only file per content under {@code root/ab/cd/<sha256>}, written to a temporary
 * file first (read-only from its creation) and moved into place, so that a crash never leaves a partial document
 * under a valid address.
 */
public class FileSystemDocumentStore implements DocumentStore {

    /** Owner and group may read; nobody may write (the application deletes a document by making it writable). */
    private static final FileAttribute<Set<PosixFilePermission>> READ_ONLY =
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("r--r-----"));

    private static final Pattern SHA_256 = Pattern.compile("[0-9a-f]{64}");

    private final Path root;
    private final boolean posix;

    public FileSystemDocumentStore(Path root) {
        this.root = root;
        this.posix = root.getFileSystem().supportedFileAttributeViews().contains("posix");
    }

    @Override
    public String put(byte[] content) {
        String sha = Sha256.of(content);
        Path target = path(sha);
        if (Files.exists(target)) {
            return sha;
        }
        try {
            Path tmp = target.resolveSibling(sha + "." + Thread.currentThread().getId() + "." + System.nanoTime() + ".tmp");
            try {
                write(tmp, content);
            } catch (NoSuchFileException e) {
                // a directory not made yet (or removed since): made, then written again
                Files.createDirectories(target.getParent());
                write(tmp, content);
            }
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target);
            } catch (FileAlreadyExistsException e) {
                Files.deleteIfExists(tmp); // written meanwhile by another thread: same content
            }
            if (!posix) {
                target.toFile().setReadOnly();
            }
            return sha;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String putMoving(Path file) {
        String sha = Sha256.of(file);
        Path target = path(sha);
        try {
            if (Files.exists(target)) {
                Files.deleteIfExists(file);
                return sha;
            }
            Files.createDirectories(target.getParent());
            if (posix) {
                Files.setPosixFilePermissions(file, READ_ONLY.value());
            }
            try {
                Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(file, target);
            } catch (FileAlreadyExistsException e) {
                Files.deleteIfExists(file); // stored meanwhile by another thread: same content
            }
            if (!posix) {
                target.toFile().setReadOnly();
            }
            return sha;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Path file(String sha256) {
        Path p = path(sha256);
        if (!Files.exists(p)) {
            throw new DocumentIntegrityException("document " + sha256 + " is missing from the store");
        }
        if (!Sha256.of(p).equals(sha256)) {
            throw new DocumentIntegrityException("document " + sha256 + " was altered in the store");
        }
        return p;
    }

    /** A new file with the content, read-only from the start where the file system has permissions. */
    private void write(Path file, byte[] content) throws IOException {
        try (SeekableByteChannel out = posix
                ? Files.newByteChannel(file, Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), READ_ONLY)
                : Files.newByteChannel(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            ByteBuffer buffer = ByteBuffer.wrap(content);
            while (buffer.hasRemaining()) {
                out.write(buffer);
            }
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
        if (sha == null || !SHA_256.matcher(sha).matches()) {
            throw new IllegalArgumentException("not a SHA-256: " + sha);
        }
        return root.resolve(sha.substring(0, 2)).resolve(sha.substring(2, 4)).resolve(sha);
    }
}
