-- How a collectivité shows the portal inside its own website: allowed origins (CORS and
-- frame-ancestors), the page of its site that hosts the portal, the zones that may be embedded,
-- and the discreet credit line.
create table collectivite_integration (
    collectivite_id bigint      primary key references collectivite (id) on delete cascade,
    origines        text[]      not null default '{}',
    url_base        text        check (url_base is null or url_base ~ '^https?://'),
    zones           text[]      not null default '{}',
    credit          text,
    updated_at      timestamptz not null default now()
);
