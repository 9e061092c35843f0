-- The retention period of inactive family accounts moves from a column of collectivite (tenant's table,
-- which the family module read and wrote) to a table of the family module. A collectivité without a row
-- keeps the default of the code (36 months), as the column's default gave it.
create table famille_conservation (
    collectivite_id bigint  primary key references collectivite (id) on delete cascade,
    mois            integer not null check (mois between 6 and 120)
);

insert into famille_conservation (collectivite_id, mois)
select id, famille_conservation_mois from collectivite;

alter table collectivite drop column famille_conservation_mois;
