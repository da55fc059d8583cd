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
        jakarta.transaction.TransactionSynchronizationRegistry transaction = activeTransaction();
        if (transaction != null) {
            stage(sha, content, transaction);
            return sha;
        }
        place(sha, content);
        return sha;
    }

    /**
     * Inside a transaction, a new content waits in the staging area until the transaction ends: moved into place
     * when it commits, removed when it rolls back. A crash in between leaves it staged, where the next start finds
     * it ({@link #staged()}) and keeps it only if the database refers to it: no document written by work that did
     * not commit stays in the store, referred to by nothing (and reached by no retention rule).
     */
    private void stage(String sha, byte[] content, jakarta.transaction.TransactionSynchronizationRegistry transaction) {
        Path staged = staging().resolve(sha + "." + java.util.UUID.randomUUID() + ".staged");
        try {
            try {
                write(staged, content);
            } catch (NoSuchFileException e) {
                Files.createDirectories(staged.getParent());
                write(staged, content);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        transaction.registerInterposedSynchronization(new jakarta.transaction.Synchronization() {
            @Override
            public void beforeCompletion() {
                // the content is on disk already; the database decides
            }

            @Override
            public void afterCompletion(int status) {
                if (status == jakarta.transaction.Status.STATUS_COMMITTED) {
                    promote(staged, sha);
                } else {
                    discard(staged);
                }
            }
        });
    }

    /** The staged contents a crash left behind. */
    public java.util.List<Path> staged() {
        Path dir = staging();
        if (!Files.isDirectory(dir)) {
            return java.util.List.of();
        }
        try (java.util.stream.Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".staged")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The address a staged file holds. */
    public static String addressOf(Path staged) {
        String name = staged.getFileName().toString();
        return name.substring(0, name.indexOf('.'));
    }

    /** A staged content moved into its place (its transaction committed). */
    public void promote(Path staged, String sha) {
        Path target = path(sha);
        try {
            if (Files.exists(target)) {
                discard(staged);
                return;
            }
            Files.createDirectories(target.getParent());
            moveInto(staged, target);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A staged content removed (its transaction rolled back, or nothing refers to it). */
    public void discard(Path staged) {
        try {
            staged.toFile().setWritable(true);
            Files.deleteIfExists(staged);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path staging() {
        return root.resolve("staging");
    }

    /** The transaction of the current thread when there is one (in the server), else null (tools, tests). */
    private static jakarta.transaction.TransactionSynchronizationRegistry activeTransaction() {
        Object registry = REGISTRY;
        if (registry == null) {
            try {
                registry = new javax.naming.InitialContext().lookup("java:comp/TransactionSynchronizationRegistry");
            } catch (javax.naming.NamingException | RuntimeException | NoClassDefFoundError e) {
                registry = Boolean.FALSE; // no naming service here (a tool, a test): no transaction either
            }
            REGISTRY = registry;
        }
        if (registry instanceof jakarta.transaction.TransactionSynchronizationRegistry r
                && r.getTransactionStatus() == jakarta.transaction.Status.STATUS_ACTIVE) {
            return r;
        }
        return null;
    }

    /** The server's transaction registry (one for the server's life), or FALSE where there is none. */
    private static volatile Object REGISTRY;

    /** Writes a content at its address at once (no transaction to wait for). */
    private void place(String sha, byte[] content) {
        Path target = path(sha);
        try {
            Path tmp = target.resolveSibling(sha + "." + Thread.currentThread().getId() + "." + System.nanoTime() + ".tmp");
            try {
                write(tmp, content);
            } catch (NoSuchFileException e) {
                // a directory not made yet (or removed since): made, then written again
                Files.createDirectories(target.getParent());
                write(tmp, content);
            }
            moveInto(tmp, target);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Moves a written file to its address, atomically where the file system can; read-only once there. */
    private void moveInto(Path file, Path target) throws IOException {
        try {
            Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(file, target);
        } catch (FileAlreadyExistsException e) {
            discard(file); // stored meanwhile by another thread: same content
        }
        if (!posix) {
            target.toFile().setReadOnly();
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
            moveInto(file, target);
            return sha;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Path file(String sha256) {
        Path p = located(sha256);
        if (p == null) {
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
        Path p = located(sha256);
        if (p == null) {
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
        return located(sha256) != null;
    }

    /** Where the content of an address is: in place, or still staged (its own transaction reading it back). */
    private Path located(String sha) {
        Path p = path(sha);
        if (Files.exists(p)) {
            return p;
        }
        Path dir = staging();
        if (Files.isDirectory(dir)) {
            try (java.nio.file.DirectoryStream<Path> found = Files.newDirectoryStream(dir, sha + ".*.staged")) {
                for (Path f : found) {
                    return f;
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return null;
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
