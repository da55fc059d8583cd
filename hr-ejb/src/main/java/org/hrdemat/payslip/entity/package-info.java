/** Payroll runs, their items and issues, and payslips. */
package org.hrdemat.payslip.entity;
