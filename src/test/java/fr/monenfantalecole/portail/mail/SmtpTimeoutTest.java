package fr.monenfantalecole.portail.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.time.Duration;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.io.ClassPathResource;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * A silent SMTP server (it accepts the connection and never answers) fails an attempt after the
 * timeouts of application.yml instead of holding the worker's thread for ever.
 */
class SmtpTimeoutTest {

    @Test
    void theConfiguredTimeoutsEndAnAttemptOnASilentServer() throws Exception {
        var yaml = new YamlPropertySourceLoader()
                .load("application", new ClassPathResource("application.yml"))
                .getFirst();
        var properties = new Properties();
        for (String key : new String[] {"mail.smtp.connectiontimeout", "mail.smtp.timeout", "mail.smtp.writetimeout"}) {
            Object value = yaml.getProperty("spring.mail.properties[" + key + "]");
            assertThat(value).as(key).isNotNull();
            assertThat(Integer.parseInt(value.toString())).as(key).isBetween(1000, 30_000);
            properties.put(key, value.toString());
        }
        try (var silent = new ServerSocket(0)) {
            var sender = new JavaMailSenderImpl();
            sender.setHost("127.0.0.1");
            sender.setPort(silent.getLocalPort());
            sender.setJavaMailProperties(properties);
            var transport = new MailTransport(sender, "ne-pas-repondre@monenfantalecole.fr");
            long start = System.nanoTime();
            String error = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
                    Duration.ofSeconds(40), () -> transport.send("lent@ecole.test", "Sujet", "Corps"));
            assertThat(error).isNotNull();
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(31));
        }
    }
}
