package fr.monenfantalecole.portail.mail;

import fr.monenfantalecole.portail.account.PasswordResets;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Queues the e-mail of a password reset, in the transaction that created the link. */
@Component
class PasswordResetMail {

    private final Outbox outbox;

    PasswordResetMail(Outbox outbox) {
        this.outbox = outbox;
    }

    @EventListener
    void on(PasswordResets.LinkRequested request) {
        outbox.send(
                null,
                request.email(),
                "Choisir un nouveau mot de passe",
                """
                Bonjour,

                Quelqu'un (vous, sans doute) a demandé à changer le mot de passe de votre compte sur le portail
                « Mon enfant à l'école ». Pour en choisir un nouveau, ouvrez ce lien personnel :
                %s

                Ce lien ne sert qu'une fois et expire dans %d minutes. Si vous n'avez rien demandé, ignorez ce
                message : votre mot de passe actuel reste valable.
                """.formatted(request.link(), request.validityMinutes()),
                request.token());
    }
}
