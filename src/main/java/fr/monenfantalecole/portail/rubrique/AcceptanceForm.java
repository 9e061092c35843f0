package fr.monenfantalecole.portail.rubrique;

import fr.monenfantalecole.portail.account.PasswordPolicy;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Objects;
import org.springframework.validation.Errors;

/**
 * A director accepting an invitation with a new account: the name the mairie will see and the
 * password chosen twice (bound as "acceptanceForm": its messages are in i18n/rubrique.properties).
 */
record AcceptanceForm(@NotBlank @Size(max = 120) String nom, String motDePasse, String confirmation) {

    /** A missing field is an empty one. */
    AcceptanceForm {
        nom = Objects.requireNonNullElse(nom, "");
        motDePasse = Objects.requireNonNullElse(motDePasse, "");
        confirmation = Objects.requireNonNullElse(confirmation, "");
    }

    /**
     * The password policy of the staff accounts, whose message says what to change: next to the
     * confirmation when the two differ, next to the password otherwise.
     */
    void check(Errors result) {
        String problem = PasswordPolicy.problem(motDePasse, confirmation);
        if (problem != null) {
            String field = PasswordPolicy.MISMATCH.equals(problem) ? "confirmation" : "motDePasse";
            result.rejectValue(field, "invitation.motDePasse", problem);
        }
    }
}
