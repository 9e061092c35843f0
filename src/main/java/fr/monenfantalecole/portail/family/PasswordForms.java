package fr.monenfantalecole.portail.family;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The family account's password and deletion forms (messages in i18n/family.properties). A password
 * is checked by {@code FamilyPasswords.check} (it needs the adult's name and address), whose field
 * and code the controller gives to {@code rejectValue}. No password is ever shown back: the pages
 * leave those fields empty.
 */
final class PasswordForms {

    private PasswordForms() {}

    /** A change from Mon espace ("passwordChangeForm"): the current password, then the new one twice. */
    record Change(
            @Nullable String actuel,
            @Nullable String motDePasse,
            @Nullable String confirmation) {

        String actuelTape() {
            return orEmpty(actuel);
        }

        String nouveau() {
            return orEmpty(motDePasse);
        }
    }

    /** A new password chosen from a reset link ("newPasswordForm"). */
    record Choice(@Nullable String motDePasse, @Nullable String confirmation) {

        String nouveau() {
            return orEmpty(motDePasse);
        }
    }

    /** The deletion of the account, confirmed by typing SUPPRIMER ("deletionForm"). */
    record Deletion(
            @NotNull(message = "{famille.suppression.confirmation}")
            @Pattern(regexp = "\\s*SUPPRIMER\\s*", message = "{famille.suppression.confirmation}")
            @Nullable
            String suppression) {}

    static String orEmpty(@Nullable String value) {
        return value == null ? "" : value;
    }
}
