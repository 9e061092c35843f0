package fr.monenfantalecole.portail.mail;

import static org.assertj.core.api.Assertions.assertThat;

import fr.monenfantalecole.portail.support.PortailTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/** Two workers and one slow send: the other messages leave through the other worker meanwhile. */
@PortailTest
class OutboxClaimIntegrationTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Outbox outbox;

    @Autowired
    PlatformTransactionManager tm;

    OutboxTestSupport support;

    @BeforeEach
    void queue() {
        support = new OutboxTestSupport(jdbc, outbox, tm);
    }

    @AfterEach
    void stop() {
        support.close();
    }

    @Test
    void aSlowSendHoldsOnlyItsOwnMessage() throws Exception {
        var ids = new ArrayList<Long>();
        ids.add(support.queue("lent@ecole.test", "Le serveur de ce destinataire répond lentement.", "x"));
        for (int i = 0; i < 19; i++) {
            ids.add(support.queue("parent" + i + "@ecole.test", "Invitation " + i, "x"));
        }
        var slowStarted = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        Transport transport = message -> {
            if (message.to().equals("lent@ecole.test")) {
                slowStarted.countDown();
                try {
                    release.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return (@Nullable String) null;
        };
        var policy = new OutboxDelivery.Policy(3, Duration.ofSeconds(30), Duration.ofHours(1), Duration.ofMinutes(5));
        var first = new OutboxDelivery(jdbc, transport, policy);
        var second = new OutboxDelivery(jdbc, transport, policy);

        var slow = CompletableFuture.supplyAsync(() -> first.deliverDue(OutboxTestSupport.LATER));
        assertThat(slowStarted.await(30, TimeUnit.SECONDS)).isTrue();
        second.deliverDue(OutboxTestSupport.LATER);
        List<Long> sentWhileSlow = sent(ids);
        release.countDown();
        slow.get(30, TimeUnit.SECONDS);
        System.out.printf(
                "[outbox-campaign] 20 messages, two workers, the first send held: %d sent by the other worker meanwhile%n",
                sentWhileSlow.size());
        assertThat(sentWhileSlow).containsExactlyInAnyOrderElementsOf(ids.subList(1, ids.size()));
        assertThat(sent(ids)).containsExactlyInAnyOrderElementsOf(ids);
    }

    private List<Long> sent(List<Long> ids) {
        return jdbc.sql("select id from courriel where id in (:ids) and envoye_le is not null")
                .param("ids", ids)
                .query((rs, n) -> rs.getLong(1))
                .list();
    }
}
