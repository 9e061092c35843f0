package fr.monenfantalecole.portail.mail;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.SimplePropertyRowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Sends what the outbox holds, outside any database transaction. A batch of due messages is claimed
 * in one statement ({@code FOR UPDATE SKIP LOCKED}: nodes running at the same time take different
 * messages) which also pushes their next attempt past a lease, so that a node that dies while sending
 * leaves them to be retried, not lost. A failure is retried after a delay that doubles each time, up
 * to {@code maxAttempts}; then the message is marked as failed.
 */
public class OutboxDelivery {

    private static final Logger log = LoggerFactory.getLogger(OutboxDelivery.class);

    /** How the retries are spaced. */
    public record Policy(int maxAttempts, Duration firstDelay, Duration maxDelay, Duration lease, int batch) {

        Duration delayAfter(int attempts) {
            Duration delay = firstDelay.multipliedBy(1L << Math.min(20, Math.max(0, attempts - 1)));
            return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
        }
    }

    private record Claimed(
            long id,
            String destinataire,
            String sujet,
            String corps,
            @Nullable String secret,
            int essais) {}

    private final JdbcClient jdbc;
    private final Transport transport;
    private final Policy policy;

    public OutboxDelivery(JdbcClient jdbc, Transport transport, Policy policy) {
        this.jdbc = jdbc;
        this.transport = transport;
        this.policy = policy;
    }

    /** Sends every message due at {@code now}, batch after batch; returns how many left. */
    public int deliverDue(Instant now) {
        int sent = 0;
        List<Claimed> batch;
        do {
            batch = claim(now);
            for (var message : batch) {
                sent += deliver(message, now) ? 1 : 0;
            }
        } while (batch.size() == policy.batch());
        return sent;
    }

    private List<Claimed> claim(Instant now) {
        return jdbc.sql("""
                update courriel set essais = essais + 1, prochain_essai = :lease
                 where id in (select id from courriel
                               where envoye_le is null and abandonne_le is null and prochain_essai <= :now
                               order by prochain_essai, id limit :batch for update skip locked)
                returning id, destinataire, sujet, corps, secret, essais""")
                .param("now", Timestamp.from(now))
                .param("lease", Timestamp.from(now.plus(policy.lease())))
                .param("batch", policy.batch())
                .query(new SimplePropertyRowMapper<>(Claimed.class))
                .list();
    }

    private boolean deliver(Claimed m, Instant now) {
        String body = m.secret() == null ? m.corps() : m.corps().replace(Outbox.MASK, m.secret());
        String error = transport.send(new Transport.Message(m.id(), m.destinataire(), m.sujet(), body));
        if (error == null) {
            jdbc.sql("update courriel set envoye_le = now(), erreur = null, secret = null where id = :id")
                    .param("id", m.id())
                    .update();
            return true;
        }
        // The error may name the recipient: it goes to the back office, not to the logs.
        log.warn("Courriel {} : essai {}/{} en échec.", m.id(), m.essais(), policy.maxAttempts());
        if (m.essais() >= policy.maxAttempts()) {
            jdbc.sql("update courriel set abandonne_le = now(), erreur = :error, secret = null where id = :id")
                    .param("error", error)
                    .param("id", m.id())
                    .update();
        } else {
            jdbc.sql("update courriel set prochain_essai = :next, erreur = :error where id = :id")
                    .param("next", Timestamp.from(now.plus(policy.delayAfter(m.essais()))))
                    .param("error", error)
                    .param("id", m.id())
                    .update();
        }
        return false;
    }
}
