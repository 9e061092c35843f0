package fr.monenfantalecole.portail.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMailUtil;
import fr.monenfantalecole.portail.support.PortailTest;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Campaign (docs/reliability/invitations-outbox.md): 200 messages queued while the SMTP server is
 * down, two workers (two nodes) polling the outbox, the server back after {@value #OUTAGE_SECONDS} s.
 * Every message is delivered exactly once, none is marked failed; prints the figures.
 */
@PortailTest
class OutboxOutageCampaignIntegrationTest {

    static final int MESSAGES = 200;
    static final int OUTAGE_SECONDS = 8;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Outbox outbox;

    @Autowired
    PlatformTransactionManager tm;

    @Test
    void everyMessageWrittenDuringAnOutageIsDeliveredOnceWhenTheServerIsBack() throws Exception {
        var support = new OutboxTestSupport(jdbc, outbox, tm);
        support.stopSmtp();
        String run = "campagne-" + System.nanoTime();
        var ids = IntStream.range(0, MESSAGES)
                .mapToObj(i -> support.queue(
                        "destinataire" + i + "@" + run + ".test",
                        "Lien : https://portail/admin/invitation?jeton=jeton-" + run + "-" + i,
                        "jeton-" + run + "-" + i))
                .toList();
        // The workers live on the test's timeline, a month ahead (see OutboxTestSupport).
        Instant start = Instant.now();
        var clockOffset = Duration.between(start, OutboxTestSupport.LATER);
        var delivery = support.delivery(8, Duration.ofSeconds(1));
        var stop = new AtomicBoolean();
        var nodes = Executors.newFixedThreadPool(2);
        for (int n = 0; n < 2; n++) {
            nodes.submit(() -> {
                while (!stop.get()) {
                    delivery.deliverDue(Instant.now().plus(clockOffset));
                    LockSupport.parkNanos(Duration.ofMillis(250).toNanos());
                }
            });
        }
        waitUntil(() -> Duration.between(start, Instant.now()).toSeconds() >= OUTAGE_SECONDS);
        support.startSmtp();
        Instant back = Instant.now();
        waitUntil(() -> pending(ids) == 0);
        Duration drain = Duration.between(back, Instant.now());
        stop.set(true);
        nodes.shutdown();
        nodes.awaitTermination(30, TimeUnit.SECONDS);

        var received = support.smtp().getReceivedMessages();
        var subjects = new HashSet<String>();
        for (var m : received) {
            subjects.add(m.getAllRecipients()[0].toString());
        }
        Map<Integer, Integer> attempts = new TreeMap<>();
        for (long id : ids) {
            attempts.merge(outbox.get(id).essais(), 1, Integer::sum);
        }
        long failed =
                ids.stream().filter(id -> outbox.get(id).abandonneLe() != null).count();
        System.out.printf(
                "CAMPAGNE courriels : %d écrits pendant une panne SMTP de %d s, 2 workers ; "
                        + "%d reçus (%d destinataires distincts), %d en échec, tous partis %d ms après le retour du serveur ; "
                        + "essais par message %s%n",
                MESSAGES, OUTAGE_SECONDS, received.length, subjects.size(), failed, drain.toMillis(), attempts);
        support.close();

        assertThat(received).hasSize(MESSAGES);
        assertThat(subjects).hasSize(MESSAGES);
        assertThat(failed).isZero();
        // Each message left with its own link, restored from the masked copy.
        assertThat(Arrays.stream(received)
                        .map(GreenMailUtil::getBody)
                        .filter(body -> body.contains("jeton=jeton-" + run)))
                .hasSize(MESSAGES);
    }

    private long pending(List<Long> ids) {
        return jdbc.sql(
                        "select count(*) from courriel where id in (:ids) and envoye_le is null and abandonne_le is null")
                .param("ids", ids)
                .query(Long.class)
                .single();
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Condition non remplie en 120 s");
            }
            LockSupport.parkNanos(Duration.ofMillis(100).toNanos());
        }
    }
}
