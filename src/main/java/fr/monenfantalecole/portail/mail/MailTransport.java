package fr.monenfantalecole.portail.mail;

import org.jspecify.annotations.Nullable;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * Sends an e-mail through SMTP ({@code spring.mail.host} set). Its timeouts are those of
 * {@code spring.mail.properties.mail.smtp.*timeout}: a slow server fails an attempt, which the outbox
 * retries later, instead of holding a thread for ever.
 */
final class MailTransport implements Transport {

    private final JavaMailSender sender;
    private final String from;

    public MailTransport(JavaMailSender sender, String from) {
        this.sender = sender;
        this.from = from;
    }

    @Override
    public @Nullable String send(Message message) {
        return send(message.to(), message.subject(), message.body());
    }

    /** Sends; returns null when sent, or the reason it failed. */
    public @Nullable String send(String to, String subject, String body) {
        var message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(to);
        message.setSubject(subject);
        message.setText(body);
        try {
            sender.send(message);
            return null;
        } catch (RuntimeException e) {
            return e.getClass().getSimpleName() + ": " + e.getMessage();
        }
    }
}
