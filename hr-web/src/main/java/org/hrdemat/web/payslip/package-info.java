/** Payslip pages: the agent's digital safe, HR's payroll runs. */
package org.hrdemat.web.payslip;
