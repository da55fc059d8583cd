package org.hrdemat.payslip.batch;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Step 3: the run is ready for HR's review and publication. */
@Named
@Dependent
public class PayrollFinishBatchlet extends AbstractBatchlet {

    @Inject
    JobContext job;

    @EJB
    PayrollJobSteps steps;

    @Override
    public String process() {
        steps.finish(Long.parseLong(job.getProperties().getProperty("runId")));
        return "READY";
    }
}
