package org.hrdemat.payslip.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class PayslipMemoryTest {

    private static final long MIB = 1024 * 1024;

    @Test
    void realPayslipsTakeNothingAndHeavyOnesAtMostTheWholeBudget() {
        assertEquals(0, PayslipMemory.share(30_000), "a real payslip");
        assertEquals(60, PayslipMemory.share(10 * MIB));
        assertEquals(PayslipMemory.BUDGET_MIB, PayslipMemory.share(10_000 * MIB), "never more than all");
    }

    @Test
    void twoHeavyPayslipsWaitForEachOther() throws Exception {
        long heavy = PayslipMemory.BUDGET_MIB * MIB * 2 / 3 / PayslipMemory.COPIES; // two thirds of the budget
        int before = PayslipMemory.available();
        PayslipMemory.take(heavy);
        CountDownLatch second = new CountDownLatch(1);
        Thread other = new Thread(() -> {
            PayslipMemory.take(heavy);
            second.countDown();
            PayslipMemory.giveBack();
        });
        other.start();
        assertFalse(second.await(300, TimeUnit.MILLISECONDS), "the second waits while the first is in flight");
        PayslipMemory.giveBack();
        assertTrue(second.await(5, TimeUnit.SECONDS), "and goes once the first is stored");
        other.join();
        assertEquals(before, PayslipMemory.available(), "everything given back");
        PayslipMemory.giveBack(); // nothing held: nothing happens
        assertEquals(before, PayslipMemory.available());
    }
}
