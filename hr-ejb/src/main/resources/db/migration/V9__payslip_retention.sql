-- How long the employer keeps payslips available: 50 years from issue, or until the agent is 75.
alter table employer add column payslip_retention varchar(20) default 'FIFTY_YEARS' not null;
