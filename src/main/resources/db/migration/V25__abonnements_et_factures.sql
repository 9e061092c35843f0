-- Issue 17: the operator sells the portal. Money is in cents (bigint), VAT rates in hundredths of a
-- percent (2000 = 20 %), never floating point.

-- A price list version applies from its date until the next one; versions are never edited.
create table tarif_version (
    id                        bigint generated always as identity primary key,
    valable_du                date   not null unique,
    prix_ecole_cents          bigint not null check (prix_ecole_cents >= 0),
    prix_college_cents        bigint not null check (prix_college_cents >= 0),
    minimum_annuel_cents      bigint not null check (minimum_annuel_cents >= 0),
    -- optional per-school prices for intercommunalités and départements (null: the commune price)
    prix_ecole_epci_cents     bigint check (prix_ecole_epci_cents >= 0),
    prix_ecole_dept_cents     bigint check (prix_ecole_dept_cents >= 0),
    taux_tva_centiemes        int    not null check (taux_tva_centiemes between 0 and 10000),
    prorata_mensuel           boolean not null default true,
    created_at                timestamptz not null default now()
);

create table devis (
    id                  bigint generated always as identity primary key,
    collectivite_id     bigint not null references collectivite (id),
    tarif_version_id    bigint not null references tarif_version (id),
    debut               date   not null,
    fin                 date   not null check (fin > debut),
    mois_factures       int    not null check (mois_factures between 1 and 12),
    total_ht_cents      bigint not null,
    tva_cents           bigint not null,
    total_ttc_cents     bigint not null,
    created_at          timestamptz not null default now(),
    -- acceptance: the buyer's purchase order (Chorus Pro fields)
    accepte_le          date,
    engagement_juridique text,
    code_service        text,
    siret_payeur        char(14) check (siret_payeur ~ '^[0-9]{14}$'),
    adresse_payeur      text,
    courriel_facturation text
);
create index devis_collectivite_idx on devis (collectivite_id);

-- The schools counted (or not, with the reason) in a quote: a snapshot of the Annuaire at that date.
create table devis_ecole (
    devis_id    bigint not null references devis (id) on delete cascade,
    uai         text   not null,
    nom         text   not null,
    type        text   not null,
    compte      boolean not null,
    motif       text,
    primary key (devis_id, uai),
    check (compte or motif is not null)
);

create table abonnement (
    id               bigint generated always as identity primary key,
    collectivite_id  bigint not null references collectivite (id),
    devis_id         bigint not null unique references devis (id),
    debut            date   not null,
    fin              date   not null check (fin > debut),
    renouvelle_id    bigint references abonnement (id),
    avis_renouvellement_le date,
    created_at       timestamptz not null default now()
);
create index abonnement_collectivite_idx on abonnement (collectivite_id, fin);

-- A portal the operator suspended: its public pages show a plain page until it is lifted.
create table portail_suspendu (
    collectivite_id bigint primary key references collectivite (id),
    depuis          timestamptz not null default now()
);

-- One counter row per series and year, locked by the issuing transaction: numbers follow each
-- other with no gap (a rolled-back issue rolls its increment back too) and no duplicate.
create table facture_compteur (
    serie    text not null check (serie in ('F', 'AV')),
    annee    int  not null,
    dernier  int  not null,
    primary key (serie, annee)
);

create table facture (
    id                   bigint generated always as identity primary key,
    collectivite_id      bigint not null references collectivite (id),
    abonnement_id        bigint not null references abonnement (id),
    nature               text   not null check (nature in ('FACTURE', 'AVOIR')),
    numero               text   not null unique,
    annee                int    not null,
    rang                 int    not null,
    facture_origine_id   bigint references facture (id),
    emise_le             date   not null,
    echeance             date   not null,
    libelle              text   not null,
    periode_debut        date   not null,
    periode_fin          date   not null,
    total_ht_cents       bigint not null,
    tva_cents            bigint not null,
    total_ttc_cents      bigint not null,
    taux_tva_centiemes   int    not null,
    engagement_juridique text,
    code_service         text,
    pdf                  bytea  not null,
    xml                  text   not null,
    created_at           timestamptz not null default now(),
    unique (nature, annee, rang),
    check ((nature = 'AVOIR') = (facture_origine_id is not null))
);
create index facture_collectivite_idx on facture (collectivite_id, emise_le);

-- An issued invoice or credit note is never changed nor deleted: corrections are credit notes.
create function facture_immuable() returns trigger language plpgsql as $$
begin
    raise exception 'facture % : une facture émise ne se modifie pas (émettre un avoir)', old.numero
        using errcode = 'P0001';
end $$;
create trigger facture_immuable before update or delete on facture
    for each row execute function facture_immuable();

create table paiement (
    id               bigint generated always as identity primary key,
    facture_id       bigint not null references facture (id),
    recu_le          date   not null,
    montant_cents    bigint not null check (montant_cents > 0),
    reference_mandat text   not null,
    created_at       timestamptz not null default now()
);
create index paiement_facture_idx on paiement (facture_id);

create table relance (
    id          bigint generated always as identity primary key,
    facture_id  bigint not null references facture (id),
    niveau      int    not null,
    envoyee_le  date   not null,
    courriel_id bigint,
    unique (facture_id, niveau)
);
