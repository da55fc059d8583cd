package org.hrdemat.payslip.batch;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** Records a chunk of produced payslips in the chunk's transaction. */
@Named
@Dependent
public class PayslipWriter extends AbstractItemWriter {

    @Inject
    JobContext job;

    @EJB
    PayrollJobSteps steps;

    @Override
    public void writeItems(List<Object> items) {
        steps.record(Long.parseLong(job.getProperties().getProperty("runId")),
                items.stream().map(i -> (PayrollJobSteps.Produced) i).toList());
    }
}
