package fr.monenfantalecole.portail.mail;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One e-mail as written by the portal, and what became of it: waiting in the queue, sent, or given
 * up after {@code essais} attempts. Its body never holds a personal link (see {@link Outbox}).
 */
public record Courriel(
        long id,
        @Nullable Long collectiviteId,
        String destinataire,
        String sujet,
        String corps,
        Instant createdAt,
        @Nullable Instant envoyeLe,
        @Nullable String erreur,
        int essais,
        @Nullable Instant abandonneLe) {

    /** What the back office shows: « en attente », « envoyé » or « échec après N essais ». */
    public String statut() {
        if (envoyeLe != null) {
            return "envoyé";
        }
        if (abandonneLe != null) {
            return essais == 0 ? "non envoyé" : "échec après " + essais + (essais > 1 ? " essais" : " essai");
        }
        return essais == 0
                ? "en attente"
                : "en attente (" + essais + (essais > 1 ? " essais" : " essai") + " en échec)";
    }
}
