package fr.monenfantalecole.portail.mail;

import org.jspecify.annotations.Nullable;

/** How a message of the outbox leaves: an SMTP server, or the local pickup folder of the demo. */
public interface Transport {

    /** A message as it leaves, its personal link restored. */
    record Message(long id, String to, String subject, String body) {}

    /** Sends; returns null when sent, or the reason it failed (never throws). */
    @Nullable
    String send(Message message);
}
