package org.hrdemat.payslip.control;

import java.math.BigDecimal;
import java.util.List;

/** The figures of one agent's payslip, read from the payroll lines. */
public record PayslipData(String matricule, List<Line> lines, BigDecimal netTaxable, BigDecimal cumulativeGross,
                          BigDecimal cumulativeTaxable) {

    /** One pay element: a gain adds to the gross, a deduction is the agent's contribution. */
    public record Line(String code, String label, BigDecimal base, BigDecimal rate, BigDecimal gain,
                       BigDecimal deduction, BigDecimal employerShare) {
    }

    public BigDecimal gross() {
        return lines.stream().map(Line::gain).filter(java.util.Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public BigDecimal deductions() {
        return lines.stream().map(Line::deduction).filter(java.util.Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public BigDecimal employerContributions() {
        return lines.stream().map(Line::employerShare).filter(java.util.Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public BigDecimal net() {
        return gross().subtract(deductions());
    }

    /** Net taxable as given by the payroll software, else the net. */
    public BigDecimal taxable() {
        return netTaxable != null ? netTaxable : net();
    }
}
