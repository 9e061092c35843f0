package fr.monenfantalecole.portail.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import fr.monenfantalecole.portail.support.PortailTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** When mail really leaves, the invitation link reaches the director but the recorded copy has it masked. */
@PortailTest
class OutboxSecretIntegrationTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @Autowired
    JdbcClient jdbc;

    @Test
    void theRecordedCopyOfASentInvitationHasItsLinkMasked() throws Exception {
        var sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(smtp.getSmtp().getPort());
        sender.setDefaultEncoding("UTF-8");
        var outbox = new Outbox(jdbc, new StaticListableBeanFactory(Map.of("mail", sender)).getBeanProvider(JavaMailSender.class),
                "ne-pas-repondre@monenfantalecole.fr");
        String token = "jeton-secret-123456";
        long id = outbox.send(null, "directeur@ecole.test", "Invitation", "Ouvrez https://portail/admin/invitation/" + token, token);

        assertThat(GreenMailUtil.getBody(smtp.getReceivedMessages()[0])).contains(token);
        String recorded = jdbc.sql("select corps from courriel where id = :id").param("id", id).query(String.class).single();
        assertThat(recorded).doesNotContain(token).contains("[lien personnel masqué]");
    }
}
