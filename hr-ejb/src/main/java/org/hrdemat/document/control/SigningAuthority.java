package org.hrdemat.document.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import org.hrdemat.shared.Settings;

/**
 * The installation's own certification authority, which issues each signer a certificate in their name for the
 * signature they make (as commercial signing services do). Created at first use under
 * {@code HR_DATA_DIR/keys/signing-ca.p12}, its password wrapped by the master key; in demo mode it is named as a
 * demonstration authority.
 */
public final class SigningAuthority {

    private static Pki.Credential cached;
    private static Path cachedFor;

    private SigningAuthority() {
    }

    public static synchronized Pki.Credential installation() {
        Path keys = Settings.dataDir().resolve("keys");
        if (cached != null && keys.equals(cachedFor)) {
            return cached;
        }
        Path p12 = keys.resolve("signing-ca.p12");
        Path pass = keys.resolve("signing-ca.password");
        MasterKey master = SealKeys.master();
        try {
            if (!Files.exists(p12)) {
                Files.createDirectories(keys);
                Pki.Credential ca = Pki.newAuthority(Settings.demoMode()
                        ? "CN=HR Demat DEMO - Autorite de signature - sans valeur, O=DEMONSTRATION, C=FR"
                        : "CN=HR Demat - Autorite de signature des agents, C=FR", 20);
                String secret = MasterKey.randomSecret();
                Path tmp = Files.createTempFile(keys, "signing-ca", ".tmp");
                Files.write(tmp, Pki.toPkcs12(ca, secret.toCharArray()));
                Files.writeString(pass, master.wrap(secret));
                Files.move(tmp, p12);
            }
            cached = Pki.fromPkcs12(Files.readAllBytes(p12), master.unwrap(Files.readString(pass).trim()).toCharArray());
            cachedFor = keys;
            return cached;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the signing authority cannot be opened", e);
        }
    }
}
