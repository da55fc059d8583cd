package org.hrdemat.document.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.hrdemat.shared.Limits;
import org.hrdemat.shared.Settings;
import org.hrdemat.shared.TooLargeException;

/**
 * Large uploads go to disk as they arrive, never whole in memory: into a temporary file beside the document store
 * (the same file system, so that storing it is a move), counted against their limit as they are written.
 */
public final class Uploads {

    private Uploads() {
    }

    /** Where uploads wait to be checked and stored. */
    public static Path directory() {
        Path dir = Settings.dataDir().resolve("uploads");
        try {
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The stream written to a new temporary file, which the caller deletes (or stores); beyond the limit, the file
     * is removed and the upload refused before the rest is read.
     */
    public static Path toFile(InputStream in, Limits limit) {
        Path file = null;
        try {
            file = Files.createTempFile(directory(), "upload-", ".part");
            long most = limit.value();
            long written = 0;
            byte[] block = new byte[1 << 16];
            try (OutputStream out = Files.newOutputStream(file)) {
                for (int n; (n = in.read(block)) > 0; ) {
                    written += n;
                    if (written > most) {
                        throw new TooLargeException(limit, "upload.tooLarge");
                    }
                    out.write(block, 0, n);
                }
            }
            return file;
        } catch (IOException | RuntimeException e) {
            delete(file);
            if (e instanceof RuntimeException r) {
                throw r;
            }
            throw new UncheckedIOException((IOException) e);
        }
    }

    /** Removes a temporary upload, if it is still there. */
    public static void delete(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // left for the next start's clean-up of the uploads directory
            }
        }
    }
}
