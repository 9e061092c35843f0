-- Collectivités (tenants): communes, intercommunalités (EPCI) and départements.
create table collectivite (
    id                  bigint generated always as identity primary key,
    slug                text        not null unique check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    type                text        not null check (type in ('COMMUNE', 'EPCI', 'DEPARTEMENT')),
    nom                 text        not null,
    -- commune: INSEE code of the commune; département: its code (35, 2A, 971); EPCI: null
    code_insee          text,
    siren               char(9)     check (siren ~ '^[0-9]{9}$'),
    academie            text        not null,
    zone_vacances       char(1)     not null check (zone_vacances in ('A', 'B', 'C')),
    parent_id           bigint      references collectivite (id),
    couleur_primaire    char(7)     not null default '#1f4e79',
    couleur_secondaire  char(7)     not null default '#2e5e2e',
    site_web            text,
    pied_de_page        text,
    afficher_ecoles     boolean     not null default true,
    afficher_colleges   boolean     not null default false,
    logo                bytea,
    logo_type           text,
    version             integer     not null default 1,
    created_at          timestamptz not null default now(),
    updated_at          timestamptz not null default now()
);
create index collectivite_parent_idx on collectivite (parent_id);

-- The communes of an EPCI's territory (member communes need not subscribe themselves).
create table collectivite_commune (
    collectivite_id bigint not null references collectivite (id) on delete cascade,
    code_insee      text   not null check (code_insee ~ '^[0-9][0-9AB][0-9]{3}$'),
    nom             text   not null,
    primary key (collectivite_id, code_insee)
);

-- Custom host names (ecoles.fougeres.fr) that serve one collectivité's portal.
create table collectivite_host (
    host            text   primary key check (host = lower(host)),
    collectivite_id bigint not null references collectivite (id) on delete cascade
);
create index collectivite_host_collectivite_idx on collectivite_host (collectivite_id);

-- Staff accounts (mairie agents, directors, national editors, platform operator).
create table staff_user (
    id            bigint generated always as identity primary key,
    email         text        not null,
    nom           text        not null,
    password_hash text        not null,
    enabled       boolean     not null default true,
    created_at    timestamptz not null default now()
);
create unique index staff_user_email_idx on staff_user (lower(email));

-- Roles are granted per collectivité; a null collectivité means the whole platform.
create table role_grant (
    id              bigint generated always as identity primary key,
    user_id         bigint not null references staff_user (id) on delete cascade,
    role            text   not null,
    collectivite_id bigint references collectivite (id) on delete cascade
);
create unique index role_grant_unique_idx on role_grant (user_id, role, coalesce(collectivite_id, 0));

-- Failed logins, for throttling; the key is a hash, never the raw address.
create table login_failure (
    id        bigint generated always as identity primary key,
    key_hash  text        not null,
    failed_at timestamptz not null default now()
);
create index login_failure_key_idx on login_failure (key_hash, failed_at);

-- Spring Session JDBC (sessions shared by every app node).
create table spring_session (
    primary_id            char(36)     not null,
    session_id            char(36)     not null,
    creation_time         bigint       not null,
    last_access_time      bigint       not null,
    max_inactive_interval int          not null,
    expiry_time           bigint       not null,
    principal_name        varchar(100),
    constraint spring_session_pk primary key (primary_id)
);
create unique index spring_session_ix1 on spring_session (session_id);
create index spring_session_ix2 on spring_session (expiry_time);
create index spring_session_ix3 on spring_session (principal_name);

create table spring_session_attributes (
    session_primary_id char(36)     not null,
    attribute_name     varchar(200) not null,
    attribute_bytes    bytea        not null,
    constraint spring_session_attributes_pk primary key (session_primary_id, attribute_name),
    constraint spring_session_attributes_fk foreign key (session_primary_id)
        references spring_session (primary_id) on delete cascade
);
