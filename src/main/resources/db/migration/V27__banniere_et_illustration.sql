-- A collectivité's banner: an uploaded image (PNG or JPEG, re-encoded) or one of the illustrations
-- shipped with the portal (tenant.Illustration names them; none means the plain header).
alter table collectivite
    add column banniere      bytea,
    add column banniere_type text,
    add column illustration  text;
