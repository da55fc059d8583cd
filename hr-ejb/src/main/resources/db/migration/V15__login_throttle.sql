-- The brute-force guard no longer locks accounts (anyone could lock anyone out): it slows down the address that
-- fails, in memory (org.hrdemat.identity.control.LoginThrottle). The lock's columns go.
alter table user_account drop column failed_logins;
alter table user_account drop column first_failed_login_at;
alter table user_account drop column locked_until;
