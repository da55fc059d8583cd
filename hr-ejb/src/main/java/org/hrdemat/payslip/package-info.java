/** Payslips: payroll import (bulk PDF or XLSX lines), split or generation, seal, archive, publication. */
package org.hrdemat.payslip;
