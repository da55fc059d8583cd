-- Signature codes: at most a few per step and hour, a cap of wrong codes per step; a mail holding a code forgets it
-- once sent or expired.
alter table signature_step add column code_requests integer default 0 not null;
alter table signature_step add column code_window_start timestamp with time zone;
alter table signature_step add column wrong_codes integer default 0 not null;
alter table outbox_message add column forget_after timestamp with time zone;
alter table outbox_message add column body_after varchar(8000);
