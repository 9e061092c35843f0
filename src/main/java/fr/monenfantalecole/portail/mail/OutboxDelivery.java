package fr.monenfantalecole.portail.mail;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.SimplePropertyRowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Sends what the outbox holds, outside any database transaction. Due messages are claimed one at a
 * time, each by one statement ({@code FOR UPDATE SKIP LOCKED LIMIT 1}: nodes running at the same
 * time take different messages) which also pushes its next attempt past a lease, so that a node that
 * dies while sending leaves it to be retried, not lost. One at a time, because a claim is a promise
 * to send: a batch claimed together waited behind its slowest send, held from every other node for
 * the whole lease. A failure is retried after a delay that doubles each time, up
 * to {@code maxAttempts}; then the message is marked as failed.
 */
public class OutboxDelivery {

    private static final Logger log = LoggerFactory.getLogger(OutboxDelivery.class);

    /** How the retries are spaced. */
    public record Policy(int maxAttempts, Duration firstDelay, Duration maxDelay, Duration lease) {

        public Policy {
            // A failed message must fall due later than now, or one run would claim it again and again.
            if (!firstDelay.isPositive() || !lease.isPositive()) {
                throw new IllegalArgumentException("portail.mail.envoi.premier-delai et bail doivent être positifs");
            }
        }

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

    /** Sends every message due at {@code now}, one after the other; returns how many left. */
    public int deliverDue(Instant now) {
        int sent = 0;
        // A claimed message is due again only after its lease or its delay, both later than now: this ends.
        for (var message = claim(now); message.isPresent(); message = claim(now)) {
            sent += deliver(message.get(), now) ? 1 : 0;
        }
        return sent;
    }

    private Optional<Claimed> claim(Instant now) {
        return jdbc.sql("""
                update courriel set essais = essais + 1, prochain_essai = :lease
                 where id in (select id from courriel
                               where envoye_le is null and abandonne_le is null and prochain_essai <= :now
                               order by prochain_essai, id limit 1 for update skip locked)
                returning id, destinataire, sujet, corps, secret, essais""")
                .param("now", Timestamp.from(now))
                .param("lease", Timestamp.from(now.plus(policy.lease())))
                .query(new SimplePropertyRowMapper<>(Claimed.class))
                .optional();
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
