-- Priced services of a collectivité (restauration scolaire, accueil du matin...), one grid per school year.
create table prestation (
    id                     bigint generated always as identity primary key,
    collectivite_id        bigint       not null references collectivite (id) on delete cascade,
    nom                    text         not null,
    unite                  text         not null,
    description            text         not null default '',
    annee_scolaire         text         not null check (annee_scolaire ~ '^[0-9]{4}-[0-9]{4}$'),
    ordre                  integer      not null default 0,
    mode                   text         not null check (mode in ('TRANCHES', 'TAUX_EFFORT')),
    bornes                 text         not null check (bornes in ('MIN_INCLUS', 'MAX_INCLUS', 'DEUX_INCLUSES')),
    taux_pourcent          numeric(8, 4),
    plancher_centimes      bigint,
    plafond_centimes       bigint,
    prix_defaut_centimes   bigint       not null check (prix_defaut_centimes >= 0),
    non_resident           text         not null check (non_resident in ('IDENTIQUE', 'MAJORATION', 'PRIX_FIXE')),
    non_resident_pourcent  numeric(6, 2),
    non_resident_centimes  bigint,
    fratrie_rang           integer,
    fratrie_pourcent       numeric(5, 2),
    exemple                boolean      not null default false,
    updated_by             bigint       references staff_user (id),
    created_at             timestamptz  not null default now(),
    updated_at             timestamptz  not null default now(),
    unique (collectivite_id, annee_scolaire, nom)
);

-- The tranches of a grid, in order; the last one has no upper bound.
create table tranche (
    prestation_id  bigint  not null references prestation (id) on delete cascade,
    rang           integer not null,
    de_centimes    bigint  not null check (de_centimes >= 0),
    a_centimes     bigint,
    prix_centimes  bigint  not null check (prix_centimes >= 0),
    primary key (prestation_id, rang)
);

-- Links to a collectivité's téléservices and ENT; a school (UAI) may have its own ENT link.
create table lien_service (
    id              bigint generated always as identity primary key,
    collectivite_id bigint      not null references collectivite (id) on delete cascade,
    type            text        not null check (type in ('TELESERVICE', 'ENT')),
    uai             char(8)     references etablissement (uai),
    titre           text        not null,
    description     text        not null default '',
    public_vise     text        not null default '',
    url             text        not null check (url ~ '^https://'),
    ordre           integer     not null default 0,
    created_at      timestamptz not null default now(),
    updated_at      timestamptz not null default now()
);
create index lien_service_collectivite_idx on lien_service (collectivite_id, type, ordre);
