package org.hrdemat.document.control;

import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.util.Base64;
import org.hrdemat.document.entity.EmployerSeal;
import org.hrdemat.shared.ConflictException;
import org.hrdemat.shared.Settings;

/**
 * Opens an employer's current sealing key for the code that seals (the Seals boundary, the payroll job): the key
 * store's password is unwrapped with the installation's master key and used in memory only.
 */
public final class SealKeys {

    private SealKeys() {
    }

    public static MasterKey master() {
        return MasterKey.in(Settings.dataDir().resolve("keys"));
    }

    public static EmployerSeal current(EntityManager em, Long employerId) {
        return em.createNamedQuery("EmployerSeal.current", EmployerSeal.class).setParameter("employer", employerId)
                .setMaxResults(1).getResultStream().findFirst().orElse(null);
    }

    /** The employer's sealing credential; refuses (409) when none is installed. */
    public static Pki.Credential load(EntityManager em, Long employerId) {
        EmployerSeal s = current(em, employerId);
        if (s == null) {
            throw new ConflictException("seal.none");
        }
        try {
            return Pki.fromPkcs12(Base64.getDecoder().decode(s.getPkcs12()),
                    master().unwrap(s.getWrappedPassword()).toCharArray());
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("the seal of employer " + employerId + " cannot be opened", e);
        }
    }

    /** The document store of the installation, under HR_DATA_DIR/documents. */
    public static DocumentStore store() {
        return new FileSystemDocumentStore(Settings.dataDir().resolve("documents"));
    }
}
