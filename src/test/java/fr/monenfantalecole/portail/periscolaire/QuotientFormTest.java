package fr.monenfantalecole.portail.periscolaire;

import static org.assertj.core.api.Assertions.assertThat;

import fr.monenfantalecole.portail.shared.web.FormMessages;
import org.junit.jupiter.api.Test;

/** The parent's quotient declaration: the message next to each field, as before Bean Validation. */
class QuotientFormTest {

    private static java.util.Map<String, String> messages(String quotient, String origine) {
        return FormMessages.of(new QuotientForm(quotient, origine), "quotientForm");
    }

    @Test
    void aMissingQuotientAndOriginAreAskedFor() {
        assertThat(FormMessages.of(new QuotientForm(" ", null), "quotientForm"))
                .containsExactly(
                        java.util.Map.entry("quotient", "Indiquez votre quotient familial en euros, par exemple 742."),
                        java.util.Map.entry("origine", "Choisissez d’où vient ce quotient."));
    }

    @Test
    void aQuotientThatIsNotAnAmountOrTooLargeIsRefused() {
        assertThat(messages("beaucoup", "CAF"))
                .containsExactly(java.util.Map.entry(
                        "quotient", "Indiquez votre quotient en euros, par exemple 742 ou 742,50."));
        assertThat(messages("100 000,01", "CAF")).containsOnlyKeys("quotient");
        assertThat(messages("100 000", "CAF")).isEmpty();
    }

    @Test
    void anUnknownOriginIsRefused() {
        assertThat(messages("742", "VOISIN"))
                .containsExactly(java.util.Map.entry("origine", "Choisissez d'où vient ce quotient."));
    }

    @Test
    void aValidFormGivesCentsAndOrigin() {
        var form = new QuotientForm("742,50", "CALCULE");
        assertThat(FormMessages.of(form, "quotientForm")).isEmpty();
        assertThat(form.cents()).isEqualTo(74_250L);
        assertThat(form.origineChoisie()).isEqualTo(Quotients.Origine.CALCULE);
    }
}
