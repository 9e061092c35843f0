package fr.monenfantalecole.portail.enrolment;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** An agent's action on a request: the new status, a message to the family, and a refusal's reason. */
public record DecisionForm(
        @NotBlank(message = "{inscription.statut.notBlank}")
        @Pattern(regexp = "EN_COURS|PIECES_DEMANDEES|ACCEPTEE|REFUSEE", message = "{inscription.statut.notBlank}")
        String statut,

        @Size(max = 2000, message = "{inscription.message.size}") @Nullable
        String message,

        @Size(max = 500, message = "{inscription.motifRefus.size}") @Nullable
        String motifRefus) {

    static final DecisionForm EMPTY = new DecisionForm("", "", "");

    String messageText() {
        return message == null ? "" : message;
    }
}
