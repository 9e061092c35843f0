-- Establishments from the Annuaire de l'éducation (national open data), keyed by UAI.
create table etablissement (
    uai               char(8)     primary key check (uai ~ '^[0-9]{7}[A-Z]$'),
    nom               text        not null,
    type              text        not null,
    nature_code       text,
    nature_libelle    text,
    statut            text        check (statut in ('PUBLIC', 'PRIVE')),
    ecole_maternelle  boolean     not null default false,
    ecole_elementaire boolean     not null default false,
    adresse_1         text,
    adresse_2         text,
    adresse_3         text,
    code_postal       text,
    code_commune      text        not null,
    nom_commune       text        not null,
    telephone         text,
    mail              text,
    site_web          text,
    restauration      boolean,
    hebergement       boolean,
    ulis              boolean,
    nombre_eleves     integer,
    latitude          double precision,
    longitude         double precision,
    circonscription   text,
    date_ouverture    date,
    date_maj_ligne    date,
    ouvert            boolean     not null default true,
    empreinte         text        not null,
    created_at        timestamptz not null default now(),
    updated_at        timestamptz not null default now(),
    closed_at         timestamptz
);
create index etablissement_commune_idx on etablissement (code_commune);

-- An uploaded file between its preview and its apply (several app nodes: not in memory).
create table import_upload (
    id              uuid        primary key,
    collectivite_id bigint      not null references collectivite (id) on delete cascade,
    kind            text        not null,
    file_name       text        not null,
    content         bytea       not null,
    uploaded_by     bigint      not null references staff_user (id),
    created_at      timestamptz not null default now(),
    applied_at      timestamptz
);

-- What each applied import changed, for the record.
create table import_run (
    id              bigint generated always as identity primary key,
    collectivite_id bigint      not null references collectivite (id) on delete cascade,
    kind            text        not null,
    file_name       text        not null,
    added           integer     not null,
    changed         integer     not null,
    closed          integer     not null,
    applied_by      bigint      references staff_user (id),
    applied_at      timestamptz not null default now()
);
