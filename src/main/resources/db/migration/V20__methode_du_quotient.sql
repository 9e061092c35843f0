-- The way a collectivité computes the quotient familial for its prices: like the CAF (income and
-- benefits) or like the tax office (fiscal parts). No row: the CAF way, the most common.
create table quotient_methode (
    collectivite_id bigint      primary key references collectivite (id) on delete cascade,
    methode         text        not null check (methode in ('CAF', 'DGFIP')),
    updated_by      bigint      references staff_user (id),
    updated_at      timestamptz not null default now()
);
