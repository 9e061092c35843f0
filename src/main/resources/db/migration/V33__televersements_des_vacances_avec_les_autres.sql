-- The school holidays' uploads join every other import's in import_upload (shared.ImportUploads):
-- they are the platform's own data, sent by no collectivité, so their collectivite_id is null.
alter table import_upload alter column collectivite_id drop not null;

insert into import_upload (id, collectivite_id, kind, file_name, content, uploaded_by, created_at, applied_at)
select id, null, 'VACANCES', file_name, content, uploaded_by, created_at, applied_at from vacances_upload;

drop table vacances_upload;
