package org.hrdemat.document.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Logger;
import org.hrdemat.document.control.FileSystemDocumentStore;
import org.hrdemat.document.control.SealKeys;
import org.hrdemat.document.control.Uploads;

/**
 * At start-up, the documents a crash left in the store's staging area (written by a transaction that had not ended:
 * a payroll chunk in flight when the server was killed, say): each is moved into place if the database refers to
 * it (its transaction committed just before the crash), and removed otherwise — sealed payslips of a chunk that did
 * not commit are personal data that nothing would ever reach again. Uploads left half-written are removed too.
 */
@Startup
@Singleton
@DependsOn("SchemaMigrator")
public class StagedDocuments {

    private static final Logger LOG = Logger.getLogger(StagedDocuments.class.getName());

    /** Every column that holds the address of a stored document (kept equal to the schema by a test). */
    public static final List<String> REFERENCES = List.of("payslip.document_sha", "payroll_run.source_sha",
            "payroll_run_item.document_sha", "file_document_version.content_sha", "retention_decision.record_sha",
            "contract.document_sha", "signature_step.sha_before", "signature_step.sha_after",
            "signature_evidence.document_sha");

    @PersistenceContext
    EntityManager em;

    @PostConstruct
    void recover() {
        FileSystemDocumentStore store = (FileSystemDocumentStore) SealKeys.store();
        int kept = 0;
        int removed = 0;
        for (Path staged : store.staged()) {
            String sha = FileSystemDocumentStore.addressOf(staged);
            if (referenced(sha)) {
                store.promote(staged, sha);
                kept++;
            } else {
                store.discard(staged);
                removed++;
            }
        }
        if (kept + removed > 0) {
            LOG.warning("documents left by an interrupted transaction: " + kept + " kept (committed), " + removed
                    + " removed (not committed)");
        }
        try (var uploads = java.nio.file.Files.list(Uploads.directory())) {
            uploads.forEach(Uploads::delete);
        } catch (java.io.IOException e) {
            LOG.warning("uploads directory not cleaned: " + e);
        }
    }

    private boolean referenced(String sha) {
        for (String reference : REFERENCES) {
            String[] tableColumn = reference.split("\\.");
            Number n = (Number) em.createNativeQuery("select count(*) from " + tableColumn[0] + " where "
                    + tableColumn[1] + " = ?1").setParameter(1, sha).getSingleResult();
            if (n.longValue() > 0) {
                return true;
            }
        }
        return false;
    }
}
