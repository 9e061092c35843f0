package fr.monenfantalecole.portail.mail;

import org.jspecify.annotations.Nullable;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * Sends an e-mail through SMTP. Without an SMTP server ({@code spring.mail.host} not set, as in the
 * embedded default) there is no transport and mail stays in the outbox, readable in the back office.
 */
public final class MailTransport {

    private final JavaMailSender sender;
    private final String from;

    public MailTransport(JavaMailSender sender, String from) {
        this.sender = sender;
        this.from = from;
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
