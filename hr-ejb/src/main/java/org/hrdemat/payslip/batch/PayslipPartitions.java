package org.hrdemat.payslip.batch;

import jakarta.batch.api.partition.PartitionMapper;
import jakarta.batch.api.partition.PartitionPlan;
import jakarta.batch.api.partition.PartitionPlanImpl;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.util.Properties;
import org.hrdemat.shared.Settings;

/**
 * Produces the payslips on as many threads as the machine has cores (HR_PAYROLL_THREADS overrides, 1 to 16):
 * partition k takes the items whose id modulo n is k, each with its own checkpoint, so a restart resumes every
 * partition where it stopped.
 */
@Named
@Dependent
public class PayslipPartitions implements PartitionMapper {

    static int threads() {
        String configured = Settings.get("HR_PAYROLL_THREADS");
        int n = Runtime.getRuntime().availableProcessors();
        if (configured != null && configured.matches("\\d{1,2}")) {
            n = Integer.parseInt(configured);
        }
        return Math.max(1, Math.min(16, n));
    }

    @Override
    public PartitionPlan mapPartitions() {
        int n = threads();
        Properties[] properties = new Properties[n];
        for (int k = 0; k < n; k++) {
            properties[k] = new Properties();
            properties[k].setProperty("partition", Integer.toString(k));
            properties[k].setProperty("partitions", Integer.toString(n));
        }
        PartitionPlanImpl plan = new PartitionPlanImpl();
        plan.setPartitions(n);
        plan.setThreads(n);
        plan.setPartitionProperties(properties);
        return plan;
    }
}
