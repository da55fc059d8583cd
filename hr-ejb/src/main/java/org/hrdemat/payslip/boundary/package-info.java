/** Payroll runs for HR (import, follow, publish) and payslips for agents (list, download). */
package org.hrdemat.payslip.boundary;
