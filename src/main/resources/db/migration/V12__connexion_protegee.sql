-- The login under which an account is looked up and throttled: NFKC, blanks trimmed, ASCII letters
-- lower-cased and nothing else, the rule of LoginName in Java (a test checks that both agree).
alter table staff_user add column login text generated always as (
    translate(btrim(normalize(email, NFKC)), 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz')) stored;
create unique index staff_user_login_idx on staff_user (login);

-- Login attempts, counted per key (an account-and-address pair, or an address) in one statement;
-- the key is a hash, never the raw login or address.
drop table login_failure;
create table login_throttle (
    key_hash   text        primary key,
    attempts   integer     not null,
    next_at    timestamptz not null,
    updated_at timestamptz not null
);
create index login_throttle_updated_idx on login_throttle (updated_at);

-- Optional second factor of staff accounts (TOTP, RFC 6238): a secret is pending until a code
-- from the person's app confirms it; recovery codes are stored as hashes and used once.
alter table staff_user
    add column totp_secret       text,
    add column totp_confirmed_at timestamptz,
    -- the time step of the last code accepted: a code is good once, not for its whole 30 s
    add column totp_last_step    bigint;
create table staff_recovery_code (
    id        bigint generated always as identity primary key,
    user_id   bigint      not null references staff_user (id) on delete cascade,
    code_hash text        not null,
    used_at   timestamptz
);
create index staff_recovery_code_user_idx on staff_recovery_code (user_id);
