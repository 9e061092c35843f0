-- The family account (issue 14): adults, children, who holds parental authority over whom, the
-- adults allowed to collect the children, invitations of a second responsable, single-use tokens,
-- and the journal. Only what the services need is collected (no medical detail: a PAI is a flag).

-- An adult with an account. collectivite_id is the portal of their commune (where they signed up or
-- moved to): the same account opens every portal of the same intercommunalité.
create table famille_adulte (
    id                      bigint generated always as identity primary key,
    collectivite_id         bigint      not null references collectivite (id) on delete cascade,
    email                   text        not null,
    login                   text generated always as (
        translate(btrim(normalize(email, NFKC)), 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz')) stored,
    email_verifie_le        timestamptz,
    mot_de_passe            text,
    nom                     text        not null,
    prenoms                 text        not null,
    telephone               text,
    adresse                 text,
    code_postal             text,
    ville                   text,
    contact_courriel        boolean     not null default true,
    contact_sms             boolean     not null default false,
    consentement_version    text        not null,
    consentement_le         timestamptz not null,
    oidc_issuer             text,
    oidc_sub                text,
    cree_le                 timestamptz not null default now(),
    derniere_connexion_le   timestamptz,
    avertie_inactivite_le   timestamptz,
    -- Raised when the password changes: every session opened before ends.
    sessions_epoque         integer     not null default 0,
    check ((oidc_issuer is null) = (oidc_sub is null))
);
create unique index famille_adulte_login_idx on famille_adulte (login);
create unique index famille_adulte_oidc_idx on famille_adulte (oidc_issuer, oidc_sub);
create index famille_adulte_collectivite_idx on famille_adulte (collectivite_id);

-- A child, as the civil registry names them; school and level are for the school year given.
create table famille_enfant (
    id               bigint generated always as identity primary key,
    nom              text   not null,
    prenoms          text   not null,
    date_naissance   date   not null,
    sexe             char(1) not null check (sexe in ('F', 'M')),
    uai              text,
    niveau           text,
    annee_scolaire   text,
    pai              boolean not null default false,
    cree_par         bigint references famille_adulte (id) on delete set null,
    cree_le          timestamptz not null default now(),
    modifie_le       timestamptz not null default now()
);

-- Who is responsible for whom. An adult without parental authority sees nothing of the child.
create table famille_responsabilite (
    adulte_id           bigint  not null references famille_adulte (id) on delete cascade,
    enfant_id           bigint  not null references famille_enfant (id) on delete cascade,
    autorite_parentale  boolean not null default true,
    depuis_le           timestamptz not null default now(),
    primary key (adulte_id, enfant_id)
);
create index famille_responsabilite_enfant_idx on famille_responsabilite (enfant_id);

-- The adults a responsable allows to collect the children (grand-parent, neighbour…): each
-- responsable keeps their own list, which the other does not see.
create table famille_autorise (
    id          bigint generated always as identity primary key,
    adulte_id   bigint not null references famille_adulte (id) on delete cascade,
    nom         text   not null,
    prenoms     text   not null,
    telephone   text   not null,
    lien        text   not null,
    cree_le     timestamptz not null default now()
);
create index famille_autorise_adulte_idx on famille_autorise (adulte_id);

-- An invitation of a second responsable légal for some children. Only the token's hash is kept.
create table famille_invitation (
    id            bigint generated always as identity primary key,
    jeton_hash    text        not null unique,
    de_adulte_id  bigint      not null references famille_adulte (id) on delete cascade,
    email         text        not null,
    login         text generated always as (
        translate(btrim(normalize(email, NFKC)), 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz')) stored,
    expire_le     timestamptz not null,
    utilisee_le   timestamptz,
    annulee_le    timestamptz,
    cree_le       timestamptz not null default now()
);
create index famille_invitation_de_idx on famille_invitation (de_adulte_id);
create table famille_invitation_enfant (
    invitation_id bigint not null references famille_invitation (id) on delete cascade,
    enfant_id     bigint not null references famille_enfant (id) on delete cascade,
    primary key (invitation_id, enfant_id)
);

-- Single-use expiring tokens (e-mail verification, password reset) and the revocable secret of the
-- personal agenda feed. Only hashes are stored.
create table famille_jeton (
    jeton_hash   text primary key,
    adulte_id    bigint      not null references famille_adulte (id) on delete cascade,
    usage        text        not null check (usage in ('verification', 'reinitialisation', 'agenda')),
    expire_le    timestamptz,
    utilise_le   timestamptz,
    cree_le      timestamptz not null default now()
);
create index famille_jeton_adulte_idx on famille_jeton (adulte_id, usage);

-- What happened to an account: logins, failures, resets, exports, corrections by an agent. Kept
-- with the collectivité for its agents; the adult's id is set null when the account is deleted.
create table famille_journal (
    id               bigint generated always as identity primary key,
    collectivite_id  bigint      not null references collectivite (id) on delete cascade,
    adulte_id        bigint references famille_adulte (id) on delete set null,
    enfant_id        bigint references famille_enfant (id) on delete set null,
    action           text        not null,
    detail           text        not null default '',
    par              text        not null,
    le               timestamptz not null default now()
);
create index famille_journal_adulte_idx on famille_journal (adulte_id, le desc);
create index famille_journal_collectivite_idx on famille_journal (collectivite_id, le desc);

-- How long an inactive account is kept, per collectivité (RGPD): 36 months unless it sets otherwise.
alter table collectivite add column famille_conservation_mois integer not null default 36
    check (famille_conservation_mois between 6 and 120);
