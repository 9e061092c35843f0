package fr.monenfantalecole.portail.mail;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Every e-mail goes through here: it is recorded (table {@code courriel}), then sent when an SMTP
 * server is configured. In the embedded default nothing leaves the machine: the platform admin
 * reads all mail at /admin/plateforme/courriels, a collectivité's admin its own.
 */
@Component
public class Outbox {

    private static final Logger log = LoggerFactory.getLogger(Outbox.class);

    private final JdbcClient jdbc;
    private final @Nullable MailTransport transport;

    Outbox(JdbcClient jdbc, ObjectProvider<JavaMailSender> sender,
            @Value("${portail.mail.from:ne-pas-repondre@monenfantalecole.fr}") String from) {
        this.jdbc = jdbc;
        var mailSender = sender.getIfAvailable();
        this.transport = mailSender == null ? null : new MailTransport(mailSender, from);
    }

    /** Whether mail really leaves (SMTP configured) or stays in the outbox. */
    public boolean sends() {
        return transport != null;
    }

    public long send(@Nullable Long collectiviteId, String to, String subject, String body) {
        return send(collectiviteId, to, subject, body, null);
    }

    /**
     * Sends a mail holding a secret (an invitation token). When mail really leaves, the recorded copy
     * has the secret masked, so that nobody reading the outbox or a backup can use it; in the embedded
     * default the outbox is the delivery itself, so it keeps the mail whole.
     */
    public long send(@Nullable Long collectiviteId, String to, String subject, String body, @Nullable String secret) {
        String recorded = transport != null && secret != null && !secret.isEmpty()
                ? body.replace(secret, "[lien personnel masqué]") : body;
        long id = jdbc.sql("""
                insert into courriel (collectivite_id, destinataire, sujet, corps)
                values (:collectivite, :to, :subject, :body) returning id""")
                .param("collectivite", collectiviteId).param("to", to).param("subject", subject).param("body", recorded)
                .query(Long.class).single();
        if (transport != null) {
            String error = transport.send(to, subject, body);
            if (error != null) {
                log.warn("Courriel {} non envoyé : {}", id, error);
            }
            jdbc.sql("update courriel set envoye_le = case when :error::text is null then now() end, erreur = :error where id = :id")
                    .param("error", error).param("id", id).update();
        }
        return id;
    }

    /** The latest mail of a collectivité, or of the whole platform when null. */
    public List<Courriel> recent(@Nullable Long collectiviteId, int limit) {
        return jdbc.sql("""
                select id, collectivite_id, destinataire, sujet, corps, created_at, envoye_le, erreur from courriel
                 where :collectivite::bigint is null or collectivite_id = :collectivite
                 order by created_at desc, id desc limit :limit""")
                .param("collectivite", collectiviteId).param("limit", limit)
                .query(Courriel.class).list();
    }

    /** The latest mail written to one address (tests and the demo read invitation links this way). */
    public List<Courriel> to(String address) {
        return jdbc.sql("""
                select id, collectivite_id, destinataire, sujet, corps, created_at, envoye_le, erreur from courriel
                 where lower(destinataire) = lower(:to) order by id desc""")
                .param("to", address).query(Courriel.class).list();
    }
}
