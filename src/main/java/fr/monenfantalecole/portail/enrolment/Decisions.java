package fr.monenfantalecole.portail.enrolment;

import fr.monenfantalecole.portail.family.ParentalAuthority;
import fr.monenfantalecole.portail.mail.Outbox;
import fr.monenfantalecole.portail.shared.AuditLog;
import fr.monenfantalecole.portail.shared.NotFoundException;
import fr.monenfantalecole.portail.tenant.Collectivite;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An agent moves a request along its statuses with a message to the family: the move is guarded in
 * SQL, the message is kept (shown in Mon espace) and mailed through the outbox in the same
 * transaction, to each adult holding parental authority over the child who accepts e-mail.
 */
@Service
public class Decisions {

    private final Requests requests;
    private final Messages messages;
    private final Outbox outbox;
    private final AuditLog audit;
    private final ParentalAuthority authority;

    Decisions(Requests requests, Messages messages, Outbox outbox, AuditLog audit, ParentalAuthority authority) {
        this.requests = requests;
        this.messages = messages;
        this.outbox = outbox;
        this.audit = audit;
        this.authority = authority;
    }

    /**
     * @param managed the collectivités whose requests the agent handles
     * @throws IllegalTransition when the request's status does not allow the move
     */
    @Transactional
    public void move(
            Collectivite portal,
            List<Long> managed,
            long id,
            Statut to,
            String message,
            @Nullable String motifRefus,
            @Nullable Long agentId) {
        var request = requests.forAgents(managed, id).orElseThrow(() -> new NotFoundException("Demande introuvable"));
        if (to == Statut.REFUSEE && (motifRefus == null || motifRefus.isBlank())) {
            throw new IllegalArgumentException("Un refus a un motif");
        }
        if (!requests.move(id, managed, to, to == Statut.REFUSEE ? motifRefus : null)) {
            // Read again: another agent may have decided between our read and our update.
            var now = requests.forAgents(managed, id).map(Request::etat).orElse(request.etat());
            throw now == request.etat() ? new IllegalTransition(now, to) : IllegalTransition.overtaken(now, to);
        }
        String text = message.isBlank() ? defaultMessage(to, motifRefus) : message.strip();
        messages.add(id, to, text);
        for (String email : authority.mailableAdults(request.enfantId())) {
            outbox.send(
                    request.collectiviteId(),
                    email,
                    "Inscription scolaire n° " + request.numero() + " : "
                            + to.libelle().toLowerCase(java.util.Locale.ROOT),
                    body(portal, request, to, text));
        }
        audit.record(
                request.collectiviteId(), agentId, "INSCRIPTION_" + to.name(), "inscription", String.valueOf(id), null);
    }

    private static String defaultMessage(Statut to, @Nullable String motifRefus) {
        return switch (to) {
            case EN_COURS -> "Votre demande est en cours d'examen.";
            case PIECES_DEMANDEES -> "Il manque des pièces à votre demande : ajoutez-les dans Mon espace.";
            case ACCEPTEE ->
                "Votre demande est acceptée. Le certificat d'inscription est à télécharger dans Mon espace : "
                        + "présentez-le au directeur ou à la directrice de l'école.";
            case REFUSEE -> "Votre demande est refusée : " + motifRefus;
            case DEPOSEE -> "Votre demande est déposée.";
        };
    }

    private static String body(Collectivite portal, Request request, Statut to, String text) {
        return "Bonjour,\n\nVotre demande d'inscription scolaire n° " + request.numero() + " pour "
                + request.enfantPrenoms() + " (" + request.anneeScolaire() + ") est maintenant : " + to.libelle()
                + ".\n\nMessage de la mairie :\n" + text + "\n\nSuivez votre demande dans Mon espace : /"
                + portal.slug() + "/mon-espace/inscriptions/" + request.id() + "\n\n" + portal.nom() + "\n";
    }
}
