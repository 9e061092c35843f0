-- Periscolaire (issue 15): the activities a collectivité offers per school and school year, the days it
-- closes, the quotient a family declares, each child's sign-up and each booked day. A booked day keeps
-- the unit price of the family's tranche at booking time, so an invoice can be derived from the rows.
create table peri_activite (
    id               bigint generated always as identity primary key,
    collectivite_id  bigint   not null references collectivite (id) on delete cascade,
    uai              text     not null,
    annee_scolaire   text     not null check (annee_scolaire ~ '^\d{4}-\d{4}$'),
    type             text     not null check (type in ('CANTINE', 'ACCUEIL_MATIN', 'ACCUEIL_SOIR', 'MERCREDI', 'VACANCES')),
    capacite         integer  not null check (capacite between 1 and 2000),
    -- ISO days of the week it runs, "1,2,4,5" for Monday, Tuesday, Thursday, Friday.
    jours            text     not null check (jours ~ '^[1-7](,[1-7])*$'),
    prestation_id    bigint   references prestation (id) on delete set null,
    delai_jours      integer  not null default 2 check (delai_jours between 0 and 30),
    delai_heure      time     not null default '10:00',
    debut            date     not null,
    fin              date     not null,
    check (fin >= debut),
    unique (collectivite_id, uai, annee_scolaire, type)
);

create table peri_fermeture (
    id               bigint generated always as identity primary key,
    collectivite_id  bigint   not null references collectivite (id) on delete cascade,
    jour             date     not null,
    motif            text     not null check (length(motif) between 1 and 200),
    unique (collectivite_id, jour)
);

-- The quotient a family declares (typed from its CAF letter, or computed with the portal's calculator):
-- declared, never checked by the portal; an agent may correct it later.
create table peri_quotient (
    adulte_id          bigint primary key references famille_adulte (id) on delete cascade,
    quotient_centimes  bigint   not null check (quotient_centimes between 0 and 100000000),
    origine            text     not null check (origine in ('CAF', 'CALCULE')),
    declare_le         timestamptz not null default now()
);

create table peri_inscription (
    id           bigint generated always as identity primary key,
    activite_id  bigint   not null references peri_activite (id) on delete cascade,
    enfant_id    bigint   not null references famille_enfant (id) on delete cascade,
    adulte_id    bigint   references famille_adulte (id) on delete set null,
    -- The weekly pattern the parent chose, ISO days as in peri_activite.jours ('' for none).
    jours        text     not null default '' check (jours ~ '^([1-7](,[1-7])*)?$'),
    cree_le      timestamptz not null default now(),
    unique (activite_id, enfant_id)
);

create table peri_reservation (
    inscription_id    bigint   not null references peri_inscription (id) on delete cascade,
    activite_id       bigint   not null references peri_activite (id) on delete cascade,
    jour              date     not null,
    prix_centimes     bigint   not null check (prix_centimes >= 0),
    tranche           text     not null,
    quotient_declare  boolean  not null,
    reserve_le        timestamptz not null default now(),
    primary key (inscription_id, jour)
);

create index peri_reservation_jour on peri_reservation (activite_id, jour);
