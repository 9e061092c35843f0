-- Inscription scolaire (issue 15, first half): a collectivité that offers it lists the proofs it
-- requires and the dérogation reasons it accepts; a request is one child for one school year, filed
-- from Mon espace, followed by status; the proofs are stored files; every status change can carry a
-- message to the family. Only what the mairie needs to decide is collected.

create table inscription_offre (
    collectivite_id  bigint primary key references collectivite (id) on delete cascade,
    pieces           text[] not null,
    motifs           text[] not null
);

create table inscription_demande (
    id               bigint generated always as identity primary key,
    collectivite_id  bigint  not null references collectivite (id) on delete cascade,
    -- Deleting the child (the account's deletion when no other responsable keeps them) deletes the request.
    enfant_id        bigint  not null references famille_enfant (id) on delete cascade,
    depose_par       bigint  references famille_adulte (id) on delete set null,
    annee_scolaire   text    not null check (annee_scolaire ~ '^[0-9]{4}-[0-9]{4}$'),
    niveau           text    not null,
    uai_secteur      text,
    regle_secteur    text,
    uai              text    not null,
    derogation       boolean not null,
    motif            text,
    motif_precision  text,
    statut           text    not null default 'DEPOSEE'
                     check (statut in ('DEPOSEE', 'EN_COURS', 'PIECES_DEMANDEES', 'ACCEPTEE', 'REFUSEE')),
    motif_refus      text,
    depose_le        timestamptz not null default now(),
    modifie_le       timestamptz not null default now(),
    decide_le        timestamptz,
    numero           text generated always as (
                        'INS-' || substr(annee_scolaire, 1, 4) || '-' || lpad(id::text, 6, '0')) stored,
    check (not derogation or motif is not null),
    check (statut <> 'REFUSEE' or motif_refus is not null)
);
-- One request being handled or accepted per child and school year; a refused one can be filed again.
create unique index inscription_demande_enfant_idx on inscription_demande (enfant_id, annee_scolaire)
    where statut <> 'REFUSEE';
create index inscription_demande_file_idx on inscription_demande (collectivite_id, statut, depose_le);
create index inscription_demande_ecole_idx on inscription_demande (uai, annee_scolaire) where statut = 'ACCEPTEE';

-- A proof: its bytes are in inscription_fichier or on disk, by configuration, under the same key.
create table inscription_piece (
    id             bigint generated always as identity primary key,
    demande_id     bigint not null references inscription_demande (id) on delete cascade,
    piece          text   not null,
    type_contenu   text   not null check (type_contenu in ('application/pdf', 'image/png', 'image/jpeg')),
    taille         integer not null,
    cle            uuid   not null unique,
    depose_le      timestamptz not null default now()
);
create index inscription_piece_demande_idx on inscription_piece (demande_id);

create table inscription_fichier (
    cle      uuid primary key,
    contenu  bytea not null
);

-- What the mairie said to the family, with the status it set.
create table inscription_message (
    id          bigint generated always as identity primary key,
    demande_id  bigint not null references inscription_demande (id) on delete cascade,
    statut      text   not null,
    message     text   not null,
    ecrit_le    timestamptz not null default now()
);
create index inscription_message_demande_idx on inscription_message (demande_id);
