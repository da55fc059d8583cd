package org.hrdemat.payslip.entity;

/** Where a payroll run stands: its payslips reach agents only once PUBLISHED; STOPPED and FAILED can restart. */
public enum RunStatus {
    IMPORTED, PROCESSING, STOPPED, READY, PUBLISHED, FAILED, REPLACED
}
