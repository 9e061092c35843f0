-- Mail leaves through a queue: the portal writes a message in the database transaction that caused
-- it; a worker sends it afterwards (several nodes share the work with FOR UPDATE SKIP LOCKED), with
-- retries and growing delays, and records what became of it.
--
-- A personal link (invitation, password reset) is never in corps, which the back office shows: the
-- raw token waits in secret until the message has left, then is erased.
alter table courriel add column secret text;
alter table courriel add column essais integer not null default 0;
alter table courriel add column prochain_essai timestamptz not null default now();
alter table courriel add column abandonne_le timestamptz;
create index courriel_a_envoyer_idx on courriel (prochain_essai) where envoye_le is null and abandonne_le is null;

-- Mail written before the queue was either sent already or stayed in the embedded outbox: it is not
-- sent now (months later), and the links it held (the old /admin/invitation/<jeton> form, which no
-- longer opens anything) are masked.
update courriel set abandonne_le = created_at,
                    erreur = coalesce(erreur, 'Écrit avant la file d''envoi : non envoyé.')
 where envoye_le is null;
update courriel set corps = regexp_replace(corps, '/admin/invitation/[A-Za-z0-9_-]+',
                                           '/admin/invitation?jeton=[lien personnel masqué]', 'g');

-- Password reset links: single use, short-lived, only the token's SHA-256 is stored.
create table jeton_mot_de_passe (
    id              bigint generated always as identity primary key,
    user_id         bigint      not null references staff_user (id) on delete cascade,
    token_hash      char(64)    not null unique,
    expire_le       timestamptz not null,
    utilise_le      timestamptz,
    created_at      timestamptz not null default now()
);
create index jeton_mot_de_passe_user_idx on jeton_mot_de_passe (user_id);

-- Reset requests, counted per address and per client to throttle them; only digests are kept (no
-- e-mail address, no IP address), and rows older than a day are deleted by the next request.
create table demande_mot_de_passe (
    cle             char(64)    not null,
    created_at      timestamptz not null default now()
);
create index demande_mot_de_passe_idx on demande_mot_de_passe (cle, created_at);
