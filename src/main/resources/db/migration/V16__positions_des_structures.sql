-- A structure stored with NaN (or an impossible) position broke its map: such positions are
-- dropped, and the database refuses them from now on (NaN is above every number in PostgreSQL,
-- so the range check catches it too).
update structure_locale
   set latitude = null, longitude = null
 where not (latitude between -90 and 90 and longitude between -180 and 180)
    or (latitude is null) <> (longitude is null);

alter table structure_locale
    add constraint structure_locale_position_valide check (
        (latitude is null and longitude is null)
        or (latitude between -90 and 90 and longitude between -180 and 180));
