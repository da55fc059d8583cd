-- Paper payslips: the first period from which the agent's refusal of electronic payslips applies.
alter table employee add column paper_from varchar(7);
