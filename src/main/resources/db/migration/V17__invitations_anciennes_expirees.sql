-- Invitations sent before V13 had their link written in the request log and shown in the outbox to
-- every admin and agent: whoever saw it could still choose the director's password. They expire now;
-- the mairie invites again (the new link exists only in the e-mail).
update invitation_directeur set expire_le = now()
 where utilisee_le is null and expire_le > now() and created_at < (
       select installed_on from flyway_schema_history where version = '13');
