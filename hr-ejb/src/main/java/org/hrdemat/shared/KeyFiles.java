package org.hrdemat.shared;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.function.Supplier;

/**
 * Files of the installation's secrets ({@code HR_DATA_DIR/keys}): created once, readable by the server only from
 * their first byte (on POSIX file systems), complete before they take their name, never overwritten.
 */
public final class KeyFiles {

    private KeyFiles() {
    }

    /** The content of the file, written first with what {@code content} gives if the file does not exist. */
    public static byte[] readOrCreate(Path directory, String name, Supplier<byte[]> content) {
        Path file = directory.resolve(name);
        try {
            if (!Files.exists(file)) {
                boolean posix = directory.getFileSystem().supportedFileAttributeViews().contains("posix");
                if (posix) {
                    Files.createDirectories(directory,
                            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
                } else {
                    Files.createDirectories(directory); // not POSIX: the directory's own protection applies
                }
                Path tmp = posix ? Files.createTempFile(directory, name, ".tmp",
                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))
                        : Files.createTempFile(directory, name, ".tmp");
                try {
                    Files.write(tmp, content.get());
                    Files.move(tmp, file);
                } catch (FileAlreadyExistsException e) {
                    // created at the same moment by another thread: read that one
                } finally {
                    Files.deleteIfExists(tmp);
                }
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
