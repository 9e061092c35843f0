-- A deleted rubrique is kept, with its content in every establishment, so that the agent can undo
-- the deletion (issue 19); rubriques deleted more than 30 days ago are removed for good.
alter table rubrique add column supprimee_le timestamptz;
alter table rubrique drop constraint rubrique_collectivite_id_titre_key;
create unique index rubrique_titre_idx on rubrique (collectivite_id, titre) where supprimee_le is null;
