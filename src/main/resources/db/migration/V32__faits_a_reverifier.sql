-- The facts of a national sheet that change each year (amounts, ceilings, dates), one line each:
-- "what to check | valid for | source". Parents never see them; the editors re-check them at each rentrée.
alter table fiche_version add column a_reverifier text[] not null default '{}';
