package org.hrdemat.payslip.batch;

import java.util.concurrent.Semaphore;

/**
 * The heap the payroll job's partitions may fill at once with payslips in flight. A payslip is held whole several
 * times while it is made (its pages copied, the PDF/A written and read back by the safety net, the sealed copy):
 * tens of kilobytes for a real payslip, which takes nothing from the budget, but a payslip of scanned pages can
 * weigh tens of megabytes, and two of them at once on two partitions ran a 1 GB heap out of memory. Such payslips
 * wait for one another instead. A partition takes its share before cutting a payslip and gives it back once the
 * payslip is sealed and stored (or when it reads the next one, or closes).
 */
final class PayslipMemory {

    /** Whole copies of a payslip held at the worst moment of its making. */
    static final int COPIES = 6;
    private static final long MIB = 1024 * 1024;
    /** A third of the heap, in MiB. */
    static final int BUDGET_MIB = (int) Math.max(64, Runtime.getRuntime().maxMemory() / MIB / 3);
    private static final Semaphore BUDGET = new Semaphore(BUDGET_MIB, true);
    private static final ThreadLocal<Integer> HELD = new ThreadLocal<>();

    private PayslipMemory() {
    }

    /** The MiB a payslip of that many source bytes takes from the budget (0 below a MiB in all, at most all). */
    static int share(long sourceBytes) {
        long mib = sourceBytes * COPIES / MIB;
        return (int) Math.min(BUDGET_MIB, mib);
    }

    /** Takes this thread's share for a payslip of that many source bytes, waiting for it if need be. */
    static void take(long sourceBytes) {
        giveBack();
        int mib = share(sourceBytes);
        if (mib > 0) {
            BUDGET.acquireUninterruptibly(mib);
            HELD.set(mib);
        }
    }

    /** Gives back what this thread holds, if anything. */
    static void giveBack() {
        Integer mib = HELD.get();
        if (mib != null) {
            HELD.remove();
            BUDGET.release(mib);
        }
    }

    static int available() {
        return BUDGET.availablePermits();
    }
}
