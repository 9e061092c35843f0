-- Sectors drawn as polygons (GeoJSON, WGS 84) by collectivités that draw their carte scolaire.
create table secteur_polygone (
    id              bigint generated always as identity primary key,
    collectivite_id bigint      not null references collectivite (id) on delete cascade,
    niveau          text        not null check (niveau in ('maternelle', 'elementaire', 'college')),
    uai             char(8)     not null,
    nom             text,
    geometrie       text        not null,
    created_at      timestamptz not null default now()
);
create index secteur_polygone_owner_idx on secteur_polygone (collectivite_id);
