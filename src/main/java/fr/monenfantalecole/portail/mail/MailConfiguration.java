package fr.monenfantalecole.portail.mail;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;

/** SMTP when {@code spring.mail.host} is set, else the local pickup folder; and the retry policy. */
@Configuration(proxyBeanMethods = false)
class MailConfiguration {

    @Bean
    Transport mailTransport(
            ObjectProvider<JavaMailSender> sender,
            @Value("${portail.mail.from:ne-pas-repondre@monenfantalecole.fr}") String from,
            @Value("${portail.mail.depot}") Path pickup) {
        var smtp = sender.getIfAvailable();
        return smtp == null ? new PickupFolder(pickup) : new MailTransport(smtp, from);
    }

    @Bean
    OutboxDelivery outboxDelivery(
            JdbcClient jdbc,
            Transport transport,
            @Value("${portail.mail.envoi.essais-max:10}") int maxAttempts,
            @Value("${portail.mail.envoi.premier-delai:PT30S}") Duration firstDelay,
            @Value("${portail.mail.envoi.delai-max:PT1H}") Duration maxDelay,
            @Value("${portail.mail.envoi.bail:PT5M}") Duration lease) {
        return new OutboxDelivery(jdbc, transport, new OutboxDelivery.Policy(maxAttempts, firstDelay, maxDelay, lease));
    }
}
