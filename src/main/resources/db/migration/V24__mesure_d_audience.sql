-- Audience measurement (issue 16), exempt from consent under the CNIL's conditions: no cookie, no
-- address stored, a visitor is a hash that changes every day.

-- The salt of the day, shared by every node: one row, replaced at midnight (Europe/Paris); the
-- previous day's row is deleted, so yesterday's hashes can no longer be recomputed.
CREATE TABLE audience_sel (
    jour date PRIMARY KEY,
    sel  bytea NOT NULL
);

-- Raw page views, one row each, partitioned by month so that retention drops whole months.
-- Partitions are created by the application ahead of time (AudienceStore).
CREATE TABLE audience_vue (
    jour            date        NOT NULL,
    instant         timestamptz NOT NULL,
    collectivite_id bigint      NOT NULL,
    zone            text        NOT NULL,
    cible           text        NOT NULL DEFAULT '',
    resultats       integer,
    canal           text        NOT NULL,
    appareil        text        NOT NULL,
    visiteur        bytea       NOT NULL
) PARTITION BY RANGE (jour);

CREATE INDEX audience_vue_collectivite_jour ON audience_vue (collectivite_id, jour);

-- Daily counts, kept when raw views are dropped. One row per page kind, target, channel and device;
-- visitors are counted inside the row (they do not add up across rows). genere: demo traffic.
CREATE TABLE audience_jour (
    collectivite_id bigint  NOT NULL REFERENCES collectivite (id) ON DELETE CASCADE,
    jour            date    NOT NULL,
    zone            text    NOT NULL,
    cible           text    NOT NULL DEFAULT '',
    canal           text    NOT NULL,
    appareil        text    NOT NULL,
    vues            integer NOT NULL,
    visiteurs       integer NOT NULL,
    sans_resultat   integer NOT NULL DEFAULT 0,
    genere          boolean NOT NULL DEFAULT false,
    PRIMARY KEY (collectivite_id, jour, zone, cible, canal, appareil, genere)
);

CREATE INDEX audience_jour_jour ON audience_jour (jour);

-- Daily totals of a portal: visits (a visitor's views less than 30 minutes apart) and unique visitors.
CREATE TABLE audience_visites_jour (
    collectivite_id bigint  NOT NULL REFERENCES collectivite (id) ON DELETE CASCADE,
    jour            date    NOT NULL,
    vues            integer NOT NULL,
    visites         integer NOT NULL,
    visiteurs       integer NOT NULL,
    genere          boolean NOT NULL DEFAULT false,
    PRIMARY KEY (collectivite_id, jour, genere)
);

-- Admins who asked for the monthly summary by e-mail, per collectivité.
CREATE TABLE audience_abonnement (
    staff_user_id   bigint NOT NULL REFERENCES staff_user (id) ON DELETE CASCADE,
    collectivite_id bigint NOT NULL REFERENCES collectivite (id) ON DELETE CASCADE,
    PRIMARY KEY (staff_user_id, collectivite_id)
);

-- Monthly summaries already queued, so that several nodes running the same schedule send one each.
CREATE TABLE audience_resume_envoye (
    mois            date   NOT NULL,
    staff_user_id   bigint NOT NULL REFERENCES staff_user (id) ON DELETE CASCADE,
    collectivite_id bigint NOT NULL REFERENCES collectivite (id) ON DELETE CASCADE,
    PRIMARY KEY (mois, staff_user_id, collectivite_id)
);
