-- The title under which the employer's signatory signs contracts ("Le Maire", "Le Président, par délégation…"),
-- printed by the contract templates.
alter table employer add column signatory_title varchar(200);
