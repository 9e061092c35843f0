package fr.monenfantalecole.portail.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMailUtil;
import fr.monenfantalecole.portail.support.PortailTest;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outbox sends after the transaction, retries an SMTP outage with growing delays, and tells a
 * message sent from one that failed (an invitation whose mail did not leave is never shown as sent).
 */
@PortailTest
class OutboxDeliveryIntegrationTest {

    static final Duration FIRST_DELAY = Duration.ofSeconds(30);

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Outbox outbox;

    @Autowired
    PlatformTransactionManager tm;

    OutboxTestSupport support;

    @BeforeEach
    void smtp() {
        support = new OutboxTestSupport(jdbc, outbox, tm);
    }

    @AfterEach
    void stop() {
        support.close();
    }

    @Test
    void aMessageWrittenDuringAnSmtpOutageLeavesWhenTheServerIsBackAndOnlyThenShowsAsSent() throws Exception {
        var delivery = support.delivery(5, FIRST_DELAY);
        support.stopSmtp();
        long id = support.queue(
                "panne@ecole.test", "Ouvrez https://portail/admin/invitation?jeton=jeton-panne", "jeton-panne");

        assertThat(delivery.deliverDue(OutboxTestSupport.LATER)).isZero();
        var failed = outbox.get(id);
        assertThat(failed.envoyeLe()).isNull();
        assertThat(failed.statut()).isEqualTo("en attente (1 essai en échec)");
        assertThat(failed.erreur()).isNotBlank();
        // Not due again before the delay.
        assertThat(delivery.deliverDue(OutboxTestSupport.LATER.plus(FIRST_DELAY).minusSeconds(1)))
                .isZero();
        assertThat(outbox.get(id).essais()).isEqualTo(1);

        support.startSmtp();
        assertThat(delivery.deliverDue(OutboxTestSupport.LATER.plus(FIRST_DELAY)))
                .isEqualTo(1);
        var received = support.smtp().getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(GreenMailUtil.getBody(received[0])).contains("jeton-panne");
        assertThat(outbox.get(id).statut()).isEqualTo("envoyé");
        assertThat(outbox.get(id).essais()).isEqualTo(2);
        // Sent once: nothing more to send.
        assertThat(delivery.deliverDue(OutboxTestSupport.LATER.plus(Duration.ofDays(1))))
                .isZero();
        assertThat(support.smtp().getReceivedMessages()).hasSize(1);
    }

    @Test
    void afterTheLastAttemptTheMessageIsMarkedFailedAndItsLinkErased() {
        var delivery = support.delivery(3, FIRST_DELAY);
        support.stopSmtp();
        long id = support.queue(
                "jamais@ecole.test", "Lien : https://portail/admin/invitation?jeton=jeton-perdu", "jeton-perdu");
        var at = OutboxTestSupport.LATER;
        delivery.deliverDue(at);
        at = at.plus(FIRST_DELAY);
        delivery.deliverDue(at);
        at = at.plus(FIRST_DELAY.multipliedBy(2));
        delivery.deliverDue(at);

        var failed = outbox.get(id);
        assertThat(failed.statut()).isEqualTo("échec après 3 essais");
        assertThat(failed.abandonneLe()).isNotNull();
        assertThat(jdbc.sql("select secret is null from courriel where id = :id")
                        .param("id", id)
                        .query(Boolean.class)
                        .single())
                .isTrue();
        support.startSmtp();
        assertThat(delivery.deliverDue(at.plus(Duration.ofDays(1)))).isZero();
    }

    @Test
    void nothingLeavesWhileTheTransactionIsOpenNorAfterARollback() {
        var delivery = support.delivery(3, FIRST_DELAY);
        new TransactionTemplate(tm).executeWithoutResult(status -> {
            support.queue("annule@ecole.test", "Jamais envoyé", "x");
            // Another node looking for due mail meanwhile does not see it.
            assertThat(java.util.concurrent.CompletableFuture.supplyAsync(
                                    () -> delivery.deliverDue(OutboxTestSupport.LATER))
                            .join())
                    .isZero();
            status.setRollbackOnly();
        });
        assertThat(delivery.deliverDue(OutboxTestSupport.LATER)).isZero();
        assertThat(support.smtp().getReceivedMessages()).isEmpty();
        assertThat(outbox.to("annule@ecole.test")).isEmpty();
    }
}
