package org.hrdemat.leave.boundary;

import java.io.Serializable;
import java.math.BigDecimal;

/** An agent's balance of one leave type for one year, in days (half days as .5). */
public record LeaveBalance(String type, String label, int year, BigDecimal allocated, BigDecimal taken,
                           BigDecimal pending, BigDecimal remaining) implements Serializable {

    static BigDecimal days(int halfDays) {
        return BigDecimal.valueOf(halfDays).divide(BigDecimal.valueOf(2)).stripTrailingZeros().setScale(
                halfDays % 2 == 0 ? 0 : 1);
    }
}
