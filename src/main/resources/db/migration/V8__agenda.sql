-- The agenda (issue 7): national school holidays and each collectivité's events.

-- One row per line of the official file fr-en-calendrier-scolaire (Licence Ouverte / Etalab 2.0).
-- Pupils leave after class on "debut" and come back on the morning of "fin": "fin" is exclusive.
-- A line with debut = fin is a one-day marker ("Début des Vacances d'Été").
create table vacances_scolaires (
    id              bigint generated always as identity primary key,
    description     text not null,
    population      text not null,
    debut           date not null,
    fin             date not null check (fin >= debut),
    academie        text not null,
    zone            text not null,
    annee_scolaire  text not null
);
create index vacances_scolaires_academie_idx on vacances_scolaires (academie, debut);

-- Every edition imported, bundled with the application or uploaded by the platform team.
create table vacances_import (
    id           bigint generated always as identity primary key,
    checksum     text        not null,
    source       text        not null check (source in ('FICHIER_INTEGRE', 'TELEVERSEMENT')),
    file_name    text        not null,
    lignes       integer     not null,
    imported_by  bigint      references staff_user (id) on delete set null,
    imported_at  timestamptz not null default now()
);

-- An uploaded edition kept between its preview and its apply (several nodes may serve the two steps).
create table vacances_upload (
    id           uuid        primary key,
    file_name    text        not null,
    content      bytea       not null,
    uploaded_by  bigint      not null references staff_user (id) on delete cascade,
    created_at   timestamptz not null default now(),
    applied_at   timestamptz
);

-- A collectivité's event, or one of its schools' (uai set). Times are Europe/Paris wall-clock
-- times; an all-day event runs from the day of "debut" to the day of "fin" included.
create table agenda_evenement (
    id              bigint generated always as identity primary key,
    uid             uuid        not null unique default gen_random_uuid(),
    collectivite_id bigint      not null references collectivite (id) on delete cascade,
    uai             char(8),
    titre           text        not null,
    categorie       text        not null check (categorie in ('INSCRIPTION', 'REUNION', 'FETE', 'AUTRE')),
    description     text        not null default '',
    lieu            text        not null default '',
    journee_entiere boolean     not null,
    debut           timestamp   not null,
    fin             timestamp   not null check (fin >= debut),
    exemple         boolean     not null default false,
    created_by      bigint      references staff_user (id) on delete set null,
    created_at      timestamptz not null default now(),
    updated_at      timestamptz not null default now()
);
create index agenda_evenement_collectivite_idx on agenda_evenement (collectivite_id, debut);
