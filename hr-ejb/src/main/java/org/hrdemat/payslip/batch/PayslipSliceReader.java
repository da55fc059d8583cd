package org.hrdemat.payslip.batch;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Deque;
import org.hrdemat.document.control.SealKeys;
import org.hrdemat.document.control.ImportedPdfA;
import org.hrdemat.payslip.entity.PayrollRun;
import org.hrdemat.payslip.entity.PayrollRunItem;

/**
 * Reads the pending items of the run in order and hands each one's pages, cut from the source PDF (opened once
 * for the step). The checkpoint is the last item read, so a restart resumes after it.
 */
@Named
@Dependent
public class PayslipSliceReader extends AbstractItemReader {

    /** One payslip, still unsealed: PDF/A, or the original pages and why they could not become PDF/A. */
    public record Slice(long itemId, long employerId, byte[] pdf, boolean pdfA, String formatNote) implements Serializable {
    }

    @Inject
    JobContext job;

    @EJB
    PayrollJobSteps steps;

    @Inject
    @jakarta.batch.api.BatchProperty
    String partition;

    @Inject
    @jakarta.batch.api.BatchProperty
    String partitions;

    private long runId;
    private long employerId;
    private String period;
    private long lastId;
    private PdfDocument source;
    private ImportedPdfA converter;
    private java.util.Map<String, org.hrdemat.payslip.control.PayslipData> lines;
    private org.hrdemat.payslip.control.PayslipGenerator generator;
    private final Deque<PayrollRunItem> buffer = new ArrayDeque<>();

    @Override
    public void open(Serializable checkpoint) {
        runId = Long.parseLong(job.getProperties().getProperty("runId"));
        lastId = checkpoint == null ? 0 : (Long) checkpoint;
        PayrollRun run = steps.run(runId);
        employerId = run.getEmployerId();
        period = run.getPeriod();
        if ("XLSX".equals(run.getSourceKind())) {
            lines = PayrollLines.of(run.getSourceSha(), SealKeys.store().get(run.getSourceSha()));
            String dir = org.hrdemat.shared.Settings.get("HR_TEMPLATES_DIR");
            generator = new org.hrdemat.payslip.control.PayslipGenerator(org.hrdemat.payslip.control.PayslipGenerator
                    .template(dir == null ? null : java.nio.file.Path.of(dir)));
            return;
        }
        // read where it lies in the store, with the bounds it was checked with at import
        source = new PdfDocument(org.hrdemat.document.control.UntrustedPdf.reader(SealKeys.store().file(run.getSourceSha())));
        converter = new ImportedPdfA(source);
    }

    @Override
    public Object readItem() {
        if (buffer.isEmpty()) {
            buffer.addAll(steps.pendingAfter(runId, lastId, number(partitions, 1), number(partition, 0), 50));
            if (buffer.isEmpty()) {
                return null;
            }
        }
        PayrollRunItem item = buffer.poll();
        lastId = item.getId();
        if (lines != null) {
            return new Slice(item.getId(), employerId, generator.generate(steps.header(runId, item.getEmployeeId()),
                    lines.get(item.getMatricule())), true, null);
        }
        ImportedPdfA.Result pages = converter.pages(item.getFirstPage(), item.getLastPage(),
                "Bulletin de paie " + period + " " + item.getMatricule());
        return new Slice(item.getId(), employerId, pages.pdf(), pages.pdfA(), pages.keptOriginalBecause());
    }

    private static int number(String value, int otherwise) {
        return value == null || value.isBlank() ? otherwise : Integer.parseInt(value.trim());
    }

    @Override
    public Serializable checkpointInfo() {
        return lastId;
    }

    @Override
    public void close() {
        if (source != null) {
            source.close();
        }
    }
}
