-- Old audit events can be purged (HR_AUDIT_RETENTION_YEARS) behind a signed checkpoint: the head then says after
-- which event, of which hash, the remaining chain starts. Until a purge, the chain starts at the beginning.
alter table audit_chain_head add column base_sequence bigint default 0 not null;
alter table audit_chain_head add column base_hash varchar(64) default '0000000000000000000000000000000000000000000000000000000000000000' not null;
