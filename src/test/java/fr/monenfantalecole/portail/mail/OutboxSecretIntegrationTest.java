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

/**
 * The invitation link reaches the director but the recorded copy, which the back office shows, has it
 * masked, before and after sending; the raw token is erased once the mail has left.
 */
@PortailTest
class OutboxSecretIntegrationTest {

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
    void theRecordedCopyOfASentInvitationHasItsLinkMasked() throws Exception {
        String token = "jeton-secret-123456";
        long id =
                support.queue("directeur@ecole.test", "Ouvrez https://portail/admin/invitation?jeton=" + token, token);
        assertThat(outbox.get(id).corps()).doesNotContain(token).contains("[lien personnel masqué]");

        assertThat(support.delivery(3, Duration.ofSeconds(30)).deliverDue(OutboxTestSupport.LATER))
                .isEqualTo(1);

        assertThat(GreenMailUtil.getBody(support.smtp().getReceivedMessages()[0]))
                .contains(token);
        assertThat(outbox.get(id).corps()).doesNotContain(token).contains("[lien personnel masqué]");
        assertThat(jdbc.sql("select secret is null from courriel where id = :id")
                        .param("id", id)
                        .query(Boolean.class)
                        .single())
                .isTrue();
    }
}
