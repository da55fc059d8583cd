package org.hrdemat.payslip.entity;

/** Where a payroll run stands: its payslips reach agents only once PUBLISHED. */
public enum RunStatus {
    IMPORTED, PROCESSING, READY, PUBLISHED, FAILED, REPLACED
}
