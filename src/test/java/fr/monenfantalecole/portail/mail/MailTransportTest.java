package fr.monenfantalecole.portail.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** The real sending path (spring.mail.host configured) against an SMTP server in the test. */
class MailTransportTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    @Test
    void sendsThroughSmtpWithAccentsIntact() throws Exception {
        var sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(ServerSetupTest.SMTP.getPort());
        sender.setDefaultEncoding("UTF-8");
        var transport = new MailTransport(sender, "ne-pas-repondre@monenfantalecole.fr");

        assertThat(transport.send(
                        "directrice@ecole.test",
                        "Mise à jour demandée",
                        "Merci de mettre à jour les horaires avant le 15 août."))
                .isNull();

        var received = smtp.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(received[0].getSubject()).isEqualTo("Mise à jour demandée");
        assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo("directrice@ecole.test");
        assertThat(GreenMailUtil.getBody(received[0])).contains("horaires avant le 15 ao");
    }

    @Test
    void aFailureIsReportedNotThrown() {
        var sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(9);
        var transport = new MailTransport(sender, "ne-pas-repondre@monenfantalecole.fr");
        assertThat(transport.send("x@ecole.test", "Sujet", "Corps")).isNotNull();
    }
}
