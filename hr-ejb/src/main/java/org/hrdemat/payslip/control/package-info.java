/** Payslip rules without a container: splitting a payroll PDF by matricule. */
package org.hrdemat.payslip.control;
