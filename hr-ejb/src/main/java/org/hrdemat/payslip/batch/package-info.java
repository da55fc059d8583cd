/** The payroll run as a Jakarta Batch job: analyse the source, then produce sealed payslips chunk by chunk. */
package org.hrdemat.payslip.batch;
