-- The editorial plan: themes and the local fields dictionary, loaded from the repository.
create table theme (
    id          text    primary key,
    libelle     text    not null,
    description text    not null,
    position    integer not null
);

create table local_field (
    key      text    primary key,
    type     text    not null check (type in ('text', 'richtext', 'phone', 'email', 'url', 'address', 'hours',
                                              'money', 'date', 'list')),
    libelle  text    not null,
    aide     text    not null,
    exemple  text    not null,
    position integer not null
);

-- Every catalogue entry; those with no published version are the editors' backlog ("à rédiger").
create table fiche (
    id                   text        primary key check (id ~ '^[A-Z]{3}-[0-9]{3}$'),
    theme_id             text        not null references theme (id),
    niveau               text        not null check (niveau in ('creche', 'maternelle', 'elementaire', 'college', 'tous')),
    question             text        not null,
    resume_attendu       text        not null,
    champs_prevus        text[]      not null default '{}',
    sources_prevues      text        not null default '',
    requetes             text[]      not null default '{}',
    position             integer     not null,
    published_version_id bigint,
    created_at           timestamptz not null default now()
);
create index fiche_theme_idx on fiche (theme_id);

-- Every version ever written of a national fiche; only one is published at a time.
create table fiche_version (
    id           bigint generated always as identity primary key,
    fiche_id     text        not null references fiche (id),
    number       integer     not null,
    titre        text        not null,
    questions    text[]      not null default '{}',
    bref         text        not null,
    detail       text        not null,
    sources      text[]      not null default '{}',
    liees        text[]      not null default '{}',
    status       text        not null check (status in ('BROUILLON', 'EN_RELECTURE', 'A_REPRENDRE', 'PUBLIEE', 'ARCHIVEE')),
    current_step integer,
    origin       text        not null check (origin in ('IMPORT', 'EDITEUR')),
    author_id    bigint      references staff_user (id),
    created_at   timestamptz not null default now(),
    published_at timestamptz,
    reviewed_at  timestamptz,
    unique (fiche_id, number)
);
alter table fiche add constraint fiche_published_fk foreign key (published_version_id) references fiche_version (id);

-- The review chain: ordered steps, each held by a role; the platform admin configures it.
create table review_step (
    position integer primary key,
    role     text    not null,
    libelle  text    not null
);
insert into review_step (position, role, libelle) values
    (1, 'REDACTION', 'Rédaction'),
    (2, 'RELECTURE_JURIDIQUE', 'Relecture juridique'),
    (3, 'RELECTURE_EDUCATION_NATIONALE', 'Relecture Éducation nationale'),
    (4, 'RELECTURE_DOCUMENTATION_FRANCAISE', 'Relecture Documentation française'),
    (5, 'LISIBILITE', 'Lisibilité'),
    (6, 'ACCESSIBILITE', 'Accessibilité'),
    (7, 'VALIDATION_FINALE', 'Validation finale');

create table review_action (
    id         bigint generated always as identity primary key,
    version_id bigint      not null references fiche_version (id) on delete cascade,
    step       integer,
    action     text        not null check (action in ('SOUMISE', 'APPROUVEE', 'RENVOYEE', 'PUBLIEE')),
    commentaire text,
    user_id    bigint      references staff_user (id),
    at         timestamptz not null default now()
);
create index review_action_version_idx on review_action (version_id);

-- Each collectivité's values for the dictionary.
create table local_value (
    collectivite_id bigint      not null references collectivite (id) on delete cascade,
    field_key       text        not null references local_field (key),
    value           text        not null,
    updated_by      bigint      references staff_user (id),
    updated_at      timestamptz not null default now(),
    primary key (collectivite_id, field_key)
);

-- National fiches a collectivité chose not to show.
create table fiche_masquee (
    collectivite_id bigint not null references collectivite (id) on delete cascade,
    fiche_id        text   not null references fiche (id),
    primary key (collectivite_id, fiche_id)
);

-- Fiches written by a collectivité for its own portal only.
create table fiche_locale (
    id              bigint generated always as identity primary key,
    collectivite_id bigint      not null references collectivite (id) on delete cascade,
    theme_id        text        not null references theme (id),
    niveau          text        not null check (niveau in ('creche', 'maternelle', 'elementaire', 'college', 'tous')),
    titre           text        not null,
    bref            text        not null,
    detail          text        not null,
    publiee         boolean     not null default true,
    updated_by      bigint      references staff_user (id),
    created_at      timestamptz not null default now(),
    updated_at      timestamptz not null default now()
);
create index fiche_locale_collectivite_idx on fiche_locale (collectivite_id);

-- Who did what, when: editorial actions and local-data changes.
create table audit_event (
    id              bigint generated always as identity primary key,
    collectivite_id bigint      references collectivite (id) on delete cascade,
    user_id         bigint      references staff_user (id),
    at              timestamptz not null default now(),
    action          text        not null,
    object_type     text        not null,
    object_id       text        not null,
    detail          text
);
create index audit_event_collectivite_idx on audit_event (collectivite_id, at desc);
create index audit_event_object_idx on audit_event (object_type, object_id, at desc);
