-- News dossiers: national ones (collectivite_id null) offered to every collectivité, and local ones.
create table actualite (
    id              bigint generated always as identity primary key,
    collectivite_id bigint      references collectivite (id) on delete cascade,
    titre           text        not null,
    resume          text        not null,
    corps           text        not null,
    image           bytea,
    image_type      text,
    image_alt       text,
    publie_le       date        not null,
    created_by      bigint      references staff_user (id),
    created_at      timestamptz not null default now(),
    updated_at      timestamptz not null default now()
);
create index actualite_collectivite_idx on actualite (collectivite_id, publie_le desc);

-- National dossiers a collectivité chose not to show.
create table actualite_masquee (
    collectivite_id bigint not null references collectivite (id) on delete cascade,
    actualite_id    bigint not null references actualite (id) on delete cascade,
    primary key (collectivite_id, actualite_id)
);
