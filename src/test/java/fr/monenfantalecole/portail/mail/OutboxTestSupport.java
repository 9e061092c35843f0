package fr.monenfantalecole.portail.mail;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An SMTP server that a test stops and starts on the same port, and messages queued on a timeline a
 * month ahead: the portal's own worker (which delivers what is due now to its pickup folder) never
 * takes them, only the test's worker, which is told that it is a month later.
 */
final class OutboxTestSupport {

    static final Instant LATER = Instant.now().plus(Duration.ofDays(30));

    final int port;
    final JavaMailSenderImpl sender = new JavaMailSenderImpl();
    private final JdbcClient jdbc;
    private final Outbox outbox;
    private final TransactionTemplate tx;
    private GreenMail smtp;

    OutboxTestSupport(JdbcClient jdbc, Outbox outbox, PlatformTransactionManager tm) {
        this.jdbc = jdbc;
        this.outbox = outbox;
        this.tx = new TransactionTemplate(tm);
        this.smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        this.port = smtp.getSmtp().getPort();
        sender.setHost("127.0.0.1");
        sender.setPort(port);
        sender.setDefaultEncoding("UTF-8");
        sender.getJavaMailProperties().put("mail.smtp.connectiontimeout", "2000");
        sender.getJavaMailProperties().put("mail.smtp.timeout", "2000");
    }

    GreenMail smtp() {
        return smtp;
    }

    void stopSmtp() {
        smtp.stop();
    }

    void startSmtp() {
        smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    OutboxDelivery delivery(int maxAttempts, Duration firstDelay) {
        return new OutboxDelivery(
                jdbc,
                new MailTransport(sender, "ne-pas-repondre@monenfantalecole.fr"),
                new OutboxDelivery.Policy(maxAttempts, firstDelay, Duration.ofHours(1), Duration.ofMinutes(5)));
    }

    /** Queues a message due a month ahead, in one transaction (the portal's worker never sees it due). */
    long queue(String to, String body, String secret) {
        return tx.execute(status -> {
            long id = outbox.send(null, to, "Invitation", body, secret);
            jdbc.sql("update courriel set prochain_essai = :t where id = :id")
                    .param("t", Timestamp.from(LATER))
                    .param("id", id)
                    .update();
            return id;
        });
    }

    void close() {
        smtp.stop();
    }
}
