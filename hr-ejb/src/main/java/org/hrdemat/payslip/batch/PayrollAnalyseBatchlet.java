package org.hrdemat.payslip.batch;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Step 1: analyse the source into items and issues. */
@Named
@Dependent
public class PayrollAnalyseBatchlet extends AbstractBatchlet {

    @Inject
    JobContext job;

    @EJB
    PayrollJobSteps steps;

    @Override
    public String process() {
        long runId = Long.parseLong(job.getProperties().getProperty("runId"));
        try {
            steps.analyse(runId);
            return "ANALYSED";
        } catch (RuntimeException e) {
            steps.fail(runId);
            throw e;
        }
    }
}
