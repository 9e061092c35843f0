-- School pages: rubriques chosen by a collectivité, filled by school directors, validated by the mairie.
--
-- An establishment is named by a key: its UAI for a school of the Annuaire, "L" + id for an
-- establishment the collectivité runs itself (structure_locale).

-- A role may be scoped to one establishment (school directors): the grant's collectivité is the
-- one that invited the director.
alter table role_grant add column etablissement text;
drop index role_grant_unique_idx;
create unique index role_grant_unique_idx
    on role_grant (user_id, role, coalesce(collectivite_id, 0), coalesce(etablissement, ''));
create index role_grant_etablissement_idx on role_grant (etablissement) where etablissement is not null;

-- Establishments a collectivité runs (centres de loisirs, accueils périscolaires, restaurants scolaires).
create table structure_locale (
    id              bigint generated always as identity primary key,
    collectivite_id bigint      not null references collectivite (id) on delete cascade,
    nom             text        not null,
    nature          text        not null check (nature in ('CENTRE_LOISIRS', 'PERISCOLAIRE', 'RESTAURANT', 'AUTRE')),
    adresse         text        not null,
    code_commune    text,
    latitude        double precision,
    longitude       double precision,
    created_at      timestamptz not null default now()
);
create index structure_locale_collectivite_idx on structure_locale (collectivite_id);

-- The rubriques of a collectivité, the same for all its establishments (at most ten, checked by the code).
create table rubrique (
    id              bigint generated always as identity primary key,
    collectivite_id bigint      not null references collectivite (id) on delete cascade,
    position        integer     not null,
    titre           text        not null,
    aide            text        not null default '',
    created_at      timestamptz not null default now(),
    unique (collectivite_id, titre)
);
create index rubrique_collectivite_idx on rubrique (collectivite_id, position);

-- Every version of a rubrique's content for one establishment.
-- BROUILLON (being written) -> SOUMIS -> PUBLIE; a new publication turns the previous one into
-- REMPLACE; a submission sent back is kept as RENVOYE and a new draft continues from it.
create table rubrique_version (
    id              bigint generated always as identity primary key,
    rubrique_id     bigint      not null references rubrique (id) on delete cascade,
    etablissement   text        not null,
    etat            text        not null check (etat in ('BROUILLON', 'SOUMIS', 'PUBLIE', 'REMPLACE', 'RENVOYE')),
    texte           text        not null default '',
    auteur_id       bigint      references staff_user (id),
    created_at      timestamptz not null default now(),
    updated_at      timestamptz not null default now(),
    soumis_le       timestamptz,
    publie_le       timestamptz,
    valideur_id     bigint      references staff_user (id),
    commentaire     text
);
create index rubrique_version_idx on rubrique_version (rubrique_id, etablissement, id desc);
-- One version being worked on, one published, per establishment and rubrique.
create unique index rubrique_version_travail_idx on rubrique_version (rubrique_id, etablissement)
    where etat in ('BROUILLON', 'SOUMIS');
create unique index rubrique_version_publiee_idx on rubrique_version (rubrique_id, etablissement)
    where etat = 'PUBLIE';

-- PDF documents attached to a version (copied to the next draft).
create table rubrique_document (
    id              bigint generated always as identity primary key,
    version_id      bigint      not null references rubrique_version (id) on delete cascade,
    nom             text        not null,
    contenu         bytea       not null,
    taille          integer     not null,
    created_at      timestamptz not null default now()
);
create index rubrique_document_version_idx on rubrique_document (version_id);

-- Invitations of school directors: single use, expiring; only the token's SHA-256 is stored.
create table invitation_directeur (
    id              bigint generated always as identity primary key,
    collectivite_id bigint      not null references collectivite (id) on delete cascade,
    etablissement   text        not null,
    email           text        not null,
    token_hash      char(64)    not null unique,
    expire_le       timestamptz not null,
    utilisee_le     timestamptz,
    cree_par        bigint      references staff_user (id),
    created_at      timestamptz not null default now()
);

-- Requests for an update with a deadline; reminded once before the deadline (claimed in SQL so that
-- two nodes never send the same reminder); closed when the school submits.
create table demande_mise_a_jour (
    id              bigint generated always as identity primary key,
    collectivite_id bigint      not null references collectivite (id) on delete cascade,
    etablissement   text        not null,
    rubrique_id     bigint      references rubrique (id) on delete cascade,
    message         text        not null,
    echeance        date        not null,
    cree_par        bigint      references staff_user (id),
    created_at      timestamptz not null default now(),
    relance_le      timestamptz,
    close_le        timestamptz
);
create index demande_mise_a_jour_ouverte_idx on demande_mise_a_jour (etablissement) where close_le is null;

-- Every e-mail the portal writes. Without an SMTP server (embedded default) it stays here and is
-- read in the back office; with one, envoye_le records the sending.
create table courriel (
    id              bigint generated always as identity primary key,
    collectivite_id bigint      references collectivite (id) on delete cascade,
    destinataire    text        not null,
    sujet           text        not null,
    corps           text        not null,
    created_at      timestamptz not null default now(),
    envoye_le       timestamptz,
    erreur          text
);
create index courriel_collectivite_idx on courriel (collectivite_id, created_at desc);
