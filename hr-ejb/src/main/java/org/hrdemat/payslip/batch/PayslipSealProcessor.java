package org.hrdemat.payslip.batch;

import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.hrdemat.document.control.DocumentStore;
import org.hrdemat.document.control.PdfSealer;
import org.hrdemat.document.control.Pki;
import org.hrdemat.document.control.SealKeys;
import org.hrdemat.document.control.Timestamps;
import org.hrdemat.identity.entity.Employer;

/** Seals each payslip with the employer's certificate (PAdES, whole document) and stores it by its SHA-256. */
@Named
@Dependent
public class PayslipSealProcessor implements ItemProcessor {

    @PersistenceContext
    EntityManager em;

    private Pki.Credential credential;
    private String employerName;
    private final DocumentStore store = SealKeys.store();

    @Override
    public Object processItem(Object item) {
        PayslipSliceReader.Slice slice = (PayslipSliceReader.Slice) item;
        if (credential == null) {
            credential = SealKeys.load(em, slice.employerId());
            employerName = em.find(Employer.class, slice.employerId()).getName();
        }
        try {
            byte[] sealed = PdfSealer.sign(slice.pdf(), credential, "cachet", "Bulletin de paie émis par "
                    + employerName, employerName, Timestamps.client());
            return new PayrollJobSteps.Produced(slice.itemId(), store.put(sealed), slice.pdfA(), slice.formatNote());
        } finally {
            PayslipMemory.giveBack(); // the reader took it for this payslip, on this thread
        }
    }
}
