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
    /** The source's bytes per page on average: what a payslip's pages weigh, before they are cut. */
    private long bytesPerPage;

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
        java.nio.file.Path file = SealKeys.store().file(run.getSourceSha());
        source = new PdfDocument(org.hrdemat.document.control.UntrustedPdf.reader(file));
        converter = new ImportedPdfA(source);
        try {
            bytesPerPage = java.nio.file.Files.size(file) / Math.max(1, source.getNumberOfPages());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Override
    public Object readItem() {
        PayslipMemory.giveBack(); // the previous payslip is sealed and stored by now
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
        // a heavy payslip (scanned pages) waits until the others in flight leave it room; given back once stored
        PayslipMemory.take(bytesPerPage * (item.getLastPage() - item.getFirstPage() + 1));
        ImportedPdfA.Result pages;
        try {
            pages = converter.pages(item.getFirstPage(), item.getLastPage(),
                    "Bulletin de paie " + period + " " + item.getMatricule());
        } catch (RuntimeException e) {
            PayslipMemory.giveBack();
            throw e;
        }
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
        PayslipMemory.giveBack();
        if (source != null) {
            source.close();
        }
    }
}
