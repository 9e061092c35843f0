-- A host name a collectivité declares serves its portal only once the platform operator has
-- validated it (issue 12): until then anyone managing a collectivité could have declared a name
-- that is not theirs. Names already in service were set up by the operator: they stay valid.
alter table collectivite_host add column valide_le timestamptz;
update collectivite_host set valide_le = now();
