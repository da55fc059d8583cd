package org.hrdemat.payslip.entity;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import org.hrdemat.shared.ConflictException;
import org.junit.jupiter.api.Test;

class PayslipTest {

    private static Payslip payslip() {
        return new Payslip(1L, 2L, 3L, 4L, "2027-01", "a".repeat(64));
    }

    @Test
    void aCorrectionIsTheNextVersion() {
        Payslip p = payslip();
        p.publish(1, Instant.parse("2027-02-01T10:00:00Z"), LocalDate.of(2077, 2, 1));
        assertEquals(2, p.getVersion());
        assertThrows(ConflictException.class, () -> p.publish(2, Instant.now(), LocalDate.of(2077, 2, 1)),
                "a published payslip is never published (replaced) again");
    }

    @Test
    void nothingDeletesAPublishedPayslipBeforeItsAvailabilityDate() {
        Payslip p = payslip();
        p.publish(0, Instant.parse("2027-02-01T10:00:00Z"), LocalDate.of(2077, 2, 1));
        assertThrows(ConflictException.class, () -> p.checkDeletable(LocalDate.of(2050, 1, 1)));
        assertThrows(ConflictException.class, () -> p.checkDeletable(LocalDate.of(2077, 2, 1)));
        assertDoesNotThrow(() -> p.checkDeletable(LocalDate.of(2077, 2, 2)));
    }

    @Test
    void aPublishedRunIsNeverReplaced() {
        PayrollRun run = new PayrollRun(1L, "2027-01", "PDF", "x.pdf", "b".repeat(64), "rh", Instant.now());
        assertThrows(ConflictException.class, () -> run.publish("rh", Instant.now()), "not ready yet");
        run.ready();
        run.publish("rh", Instant.now());
        assertThrows(ConflictException.class, run::replaced);
    }
}
