-- Carte scolaire: which school a street (or a range of numbers of it) belongs to, by level.
create table secteur_regle (
    id              bigint generated always as identity primary key,
    collectivite_id bigint  not null references collectivite (id) on delete cascade,
    niveau          text    not null check (niveau in ('maternelle', 'elementaire', 'college')),
    code_insee      text    not null,
    commune         text    not null,
    code_postal     text,
    lieu_dit        text,
    voie            text,
    debut           integer,
    debut_indice    text,
    fin             integer,
    fin_indice      text,
    parite          text    check (parite in ('P', 'I', 'PI')),
    uai             char(8) not null,
    secteur_unique  boolean not null default false,
    ligne           integer not null
);
create index secteur_regle_commune_idx on secteur_regle (code_insee, niveau);
create index secteur_regle_owner_idx on secteur_regle (collectivite_id, niveau);
