package org.hrdemat.identity.boundary;

import java.io.Serializable;
import org.hrdemat.identity.entity.Employer;
import org.hrdemat.identity.entity.EmployerType;
import org.hrdemat.identity.entity.HolidayCalendar;
import org.hrdemat.identity.entity.PayslipRetention;

/** A read-only copy of an employer. */
public record EmployerView(Long id, String name, String siret, EmployerType type, HolidayCalendar calendar,
                           boolean active, long version, PayslipRetention payslipRetention, String signatoryTitle)
        implements Serializable {

    static EmployerView of(Employer e) {
        return new EmployerView(e.getId(), e.getName(), e.getSiret(), e.getType(), e.getHolidayCalendar(),
                e.isActive(), e.getVersion(), e.getPayslipRetention(), e.getSignatoryTitle());
    }
}
