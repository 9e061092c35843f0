package fr.monenfantalecole.portail.family;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import fr.monenfantalecole.portail.shared.web.FormMessages;
import org.junit.jupiter.api.Test;

/**
 * The family account's password and deletion forms on Bean Validation: the codes that
 * {@code FamilyPasswords.check} and the controller give to {@code rejectValue} show the same French
 * words as before, next to the same field, in the form's order.
 */
class PasswordFormsTest {

    @Test
    void aWrongCurrentPasswordThenAPasswordTooEasyAreShownInTheFormsOrder() {
        var result = FormMessages.result(
                new PasswordForms.Change("pas-le-bon", "motdepasse123", "motdepasse123"), "passwordChangeForm");
        result.rejectValue("motDePasse", "famille.motDePasse.courant");
        result.rejectValue("actuel", "famille.motDePasse.actuel");
        assertThat(FormMessages.of(result))
                .containsExactly(
                        entry("actuel", "Ce n’est pas votre mot de passe actuel."),
                        entry(
                                "motDePasse",
                                "Ce mot de passe est trop facile à deviner (mot courant, suite de caractères ou votre"
                                        + " nom). Ajoutez des mots qui n’ont pas de lien entre eux."));
    }

    @Test
    void twoPasswordsThatDifferAreShownNextToTheConfirmation() {
        var result = FormMessages.result(new PasswordForms.Choice("un-long-mot", "un-autre"), "newPasswordForm");
        result.rejectValue("confirmation", "famille.motDePasse.differents");
        assertThat(FormMessages.of(result))
                .containsExactly(entry("confirmation", "Les deux mots de passe ne sont pas identiques."));
        assertThat(new PasswordForms.Choice(null, null).nouveau()).isEmpty();
    }

    @Test
    void theDeletionAsksForTheWordSupprimer() {
        String message = "Tapez SUPPRIMER en majuscules pour confirmer.";
        assertThat(FormMessages.of(new PasswordForms.Deletion("supprimer"), "deletionForm"))
                .containsExactly(entry("suppression", message));
        assertThat(FormMessages.of(new PasswordForms.Deletion(null), "deletionForm"))
                .containsExactly(entry("suppression", message));
        assertThat(FormMessages.of(new PasswordForms.Deletion(" SUPPRIMER "), "deletionForm"))
                .isEmpty();
    }
}
