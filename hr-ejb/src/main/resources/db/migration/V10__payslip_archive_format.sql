-- Whether each payslip is PDF/A (generated, or imported pages whose fonts could be embedded) or stayed the
-- payroll software's original PDF, and why.
alter table payroll_run_item add column pdfa boolean;
alter table payroll_run_item add column format_note varchar(300);
alter table payslip add column pdfa boolean default true not null;
