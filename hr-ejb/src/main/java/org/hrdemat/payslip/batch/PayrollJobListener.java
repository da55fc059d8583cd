package org.hrdemat.payslip.batch;

import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * When the job ends without having made the run ready (a step failed), the run is marked failed, so that HR sees it
 * and can restart it. A run that is ready, or that HR stopped, is left as it is.
 */
@Named
@Dependent
public class PayrollJobListener extends AbstractJobListener {

    @Inject
    JobContext job;

    @EJB
    PayrollJobSteps steps;

    @Override
    public void afterJob() {
        jakarta.batch.runtime.BatchStatus status = job.getBatchStatus();
        if (status == jakarta.batch.runtime.BatchStatus.STOPPING || status == jakarta.batch.runtime.BatchStatus.STOPPED) {
            return; // HR stopped it: the run says so already
        }
        steps.fail(Long.parseLong(job.getProperties().getProperty("runId"))); // no change once the run is ready
    }
}
