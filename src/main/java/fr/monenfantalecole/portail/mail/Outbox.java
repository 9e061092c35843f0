package fr.monenfantalecole.portail.mail;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.SimplePropertyRowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Every e-mail goes through here. Writing one only records it (table {@code courriel}), inside the
 * caller's transaction: nothing is sent while a database transaction is open, and a rolled-back
 * change sends nothing. {@link OutboxDelivery} sends it afterwards, with retries. The platform admin
 * reads all mail at /admin/plateforme/courriels, a collectivité's admin its own; a personal link
 * is never shown there.
 */
@Component
public class Outbox {

    /** What replaces a personal link in the recorded body. */
    public static final String MASK = "[lien personnel masqué]";

    private static final String SELECT = """
            select id, collectivite_id, destinataire, sujet, corps, created_at, envoye_le, erreur, essais, abandonne_le
              from courriel
            """;

    private final JdbcClient jdbc;
    private final boolean smtp;

    Outbox(JdbcClient jdbc, Transport transport) {
        this.jdbc = jdbc;
        this.smtp = transport instanceof MailTransport;
    }

    /** Whether mail leaves through SMTP, or is dropped in the local pickup folder of the demo. */
    public boolean sends() {
        return smtp;
    }

    public long send(@Nullable Long collectiviteId, String to, String subject, String body) {
        return send(collectiviteId, to, subject, body, null);
    }

    /**
     * Queues a mail holding a secret (the token of a personal link). The body recorded, which the back
     * office shows, has it masked; the secret waits in its own column until the mail has left, then is
     * erased, so that neither the pages nor a later copy of the database can open the link.
     */
    public long send(@Nullable Long collectiviteId, String to, String subject, String body, @Nullable String secret) {
        boolean hasSecret = secret != null && !secret.isEmpty();
        return jdbc.sql("""
                insert into courriel (collectivite_id, destinataire, sujet, corps, secret)
                values (:collectivite, :to, :subject, :body, :secret) returning id""")
                .param("collectivite", collectiviteId)
                .param("to", to)
                .param("subject", subject)
                .param("body", hasSecret ? body.replace(secret, MASK) : body)
                .param("secret", hasSecret ? secret : null)
                .query(Long.class)
                .single();
    }

    /** The latest mail of a collectivité, or of the whole platform when null. */
    public List<Courriel> recent(@Nullable Long collectiviteId, int limit) {
        return jdbc.sql(SELECT + """
                 where :collectivite::bigint is null or collectivite_id = :collectivite
                 order by created_at desc, id desc limit :limit""")
                .param("collectivite", collectiviteId)
                .param("limit", limit)
                .query(new SimplePropertyRowMapper<>(Courriel.class))
                .list();
    }

    /** The latest mail written to one address, newest first. */
    public List<Courriel> to(String address) {
        return jdbc.sql(SELECT + " where lower(destinataire) = lower(:to) order by id desc")
                .param("to", address)
                .query(new SimplePropertyRowMapper<>(Courriel.class))
                .list();
    }

    public Courriel get(long id) {
        return jdbc.sql(SELECT + " where id = :id")
                .param("id", id)
                .query(new SimplePropertyRowMapper<>(Courriel.class))
                .single();
    }
}
