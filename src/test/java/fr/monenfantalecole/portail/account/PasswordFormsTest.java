package fr.monenfantalecole.portail.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import fr.monenfantalecole.portail.shared.web.FormMessages;
import org.junit.jupiter.api.Test;

/**
 * The staff password forms on Bean Validation ({@code @NewPassword}): the same French words, next to
 * the same field, as {@link PasswordPolicy#problem(String, String)} gave before.
 */
class PasswordFormsTest {

    private static final String GOOD = "nouveau-mot-de-passe-2026";

    private static java.util.Map<String, String> choice(String motDePasse, String confirmation) {
        return FormMessages.of(new PasswordChoiceForm(motDePasse, confirmation), "passwordChoiceForm");
    }

    @Test
    void aShortPasswordIsRefusedNextToThePassword() {
        assertThat(choice("court", "court"))
                .containsExactly(entry("motDePasse", PasswordPolicy.problem("court")))
                .containsExactly(entry("motDePasse", "Choisissez un mot de passe d'au moins 12 caractères."));
        assertThat(FormMessages.of(new PasswordChoiceForm(null, null), "passwordChoiceForm"))
                .containsOnlyKeys("motDePasse");
    }

    @Test
    void aPasswordOverSeventyTwoBytesIsRefusedWithTheLimitInWords() {
        String tooLong = "€".repeat(25);
        assertThat(choice(tooLong, tooLong)).containsExactly(entry("motDePasse", PasswordPolicy.problem(tooLong)));
    }

    @Test
    void twoPasswordsThatDifferAreRefusedNextToTheConfirmation() {
        assertThat(choice(GOOD, GOOD + "!")).containsExactly(entry("confirmation", PasswordPolicy.MISMATCH));
        assertThat(choice(GOOD, GOOD)).isEmpty();
    }

    @Test
    void aWrongCurrentPasswordComesFirstThenTheNewOne() {
        var result = FormMessages.result(new PasswordChangeForm("pas-le-bon", "court", "court"), "passwordChangeForm");
        result.rejectValue("motDePasseActuel", "account.motDePasseActuel.faux");
        assertThat(FormMessages.of(result))
                .containsExactly(
                        entry("motDePasseActuel", "Ce n'est pas votre mot de passe actuel. Vérifiez-le et réessayez."),
                        entry("motDePasse", "Choisissez un mot de passe d'au moins 12 caractères."));
    }

    @Test
    void anAddressThatIsNotOneIsRefused() {
        String message = "Saisissez l'adresse électronique de votre compte, par exemple prenom.nom@mairie.fr.";
        assertThat(FormMessages.of(new ResetRequestForm("pas une adresse"), "resetRequestForm"))
                .containsExactly(entry("email", message));
        assertThat(FormMessages.of(new ResetRequestForm(null), "resetRequestForm"))
                .containsExactly(entry("email", message));
        assertThat(FormMessages.of(new ResetRequestForm("a".repeat(196) + "@b.fr"), "resetRequestForm"))
                .containsExactly(entry("email", message));
        assertThat(FormMessages.of(new ResetRequestForm(" agent@mairie.fr "), "resetRequestForm"))
                .isEmpty();
    }
}
