package org.hrdemat.document.control;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The installation's master key (256 bits, in {@code HR_DATA_DIR/keys/master.key}, readable by the server only).
 * It wraps the secrets the server must use unattended, such as the password of a sealing key, with AES-GCM, so
 * that no such secret is stored in clear in the database.
 */
public final class MasterKey {

    private static final SecureRandom RANDOM = new SecureRandom();
    private final SecretKeySpec key;

    private MasterKey(byte[] raw) {
        this.key = new SecretKeySpec(raw, "AES");
    }

    /** Loads the key from the directory, creating it the first time. */
    public static MasterKey in(Path directory) {
        byte[] stored = org.hrdemat.shared.KeyFiles.readOrCreate(directory, "master.key", () -> {
            byte[] raw = new byte[32];
            RANDOM.nextBytes(raw);
            return Base64.getEncoder().encode(raw);
        });
        return new MasterKey(Base64.getDecoder().decode(stored));
    }

    /** Encrypts a secret; the result carries its random nonce. */
    public String wrap(String secret) {
        try {
            byte[] nonce = new byte[12];
            RANDOM.nextBytes(nonce);
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, nonce));
            byte[] sealed = c.doFinal(secret.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(ByteBuffer.allocate(12 + sealed.length).put(nonce).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Decrypts a wrapped secret; a changed value or another key is refused. */
    public String unwrap(String wrapped) {
        try {
            byte[] all = Base64.getDecoder().decode(wrapped);
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, all, 0, 12));
            return new String(c.doFinal(all, 12, all.length - 12), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("cannot unwrap the secret with this installation's master key", e);
        }
    }

    /** A random password for a key store that only the server opens. */
    public static String randomSecret() {
        byte[] b = new byte[24];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }
}
