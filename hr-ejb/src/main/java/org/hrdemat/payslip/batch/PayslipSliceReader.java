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
import org.hrdemat.payslip.control.BulkPayslipSplitter;
import org.hrdemat.payslip.entity.PayrollRun;
import org.hrdemat.payslip.entity.PayrollRunItem;

/**
 * Reads the pending items of the run in order and hands each one's pages, cut from the source PDF (opened once
 * for the step). The checkpoint is the last item read, so a restart resumes after it.
 */
@Named
@Dependent
public class PayslipSliceReader extends AbstractItemReader {

    /** One payslip's pages, still unsealed. */
    public record Slice(long itemId, long employerId, byte[] pdf) implements Serializable {
    }

    @Inject
    JobContext job;

    @EJB
    PayrollJobSteps steps;

    private long runId;
    private long employerId;
    private long lastId;
    private PdfDocument source;
    private java.util.Map<String, org.hrdemat.payslip.control.PayslipData> lines;
    private org.hrdemat.payslip.control.PayslipGenerator generator;
    private final Deque<PayrollRunItem> buffer = new ArrayDeque<>();

    @Override
    public void open(Serializable checkpoint) {
        runId = Long.parseLong(job.getProperties().getProperty("runId"));
        lastId = checkpoint == null ? 0 : (Long) checkpoint;
        PayrollRun run = steps.run(runId);
        employerId = run.getEmployerId();
        byte[] bytes = SealKeys.store().get(run.getSourceSha());
        if ("XLSX".equals(run.getSourceKind())) {
            lines = new java.util.HashMap<>();
            new org.hrdemat.payslip.control.PayrollLinesReader().read(new ByteArrayInputStream(bytes)).payslips()
                    .forEach(d -> lines.put(d.matricule(), d));
            String dir = org.hrdemat.shared.Settings.get("HR_TEMPLATES_DIR");
            generator = new org.hrdemat.payslip.control.PayslipGenerator(org.hrdemat.payslip.control.PayslipGenerator
                    .template(dir == null ? null : java.nio.file.Path.of(dir)));
            return;
        }
        try {
            source = new PdfDocument(new PdfReader(new ByteArrayInputStream(bytes)));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Override
    public Object readItem() {
        if (buffer.isEmpty()) {
            buffer.addAll(steps.pendingAfter(runId, lastId, 50));
            if (buffer.isEmpty()) {
                return null;
            }
        }
        PayrollRunItem item = buffer.poll();
        lastId = item.getId();
        if (lines != null) {
            return new Slice(item.getId(), employerId, generator.generate(steps.header(runId, item.getEmployeeId()),
                    lines.get(item.getMatricule())));
        }
        return new Slice(item.getId(), employerId, BulkPayslipSplitter.extract(source,
                new BulkPayslipSplitter.Slice(item.getMatricule(), item.getFirstPage(), item.getLastPage())));
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
