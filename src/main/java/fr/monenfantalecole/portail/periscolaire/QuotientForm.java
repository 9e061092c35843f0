package fr.monenfantalecole.portail.periscolaire;

import fr.monenfantalecole.portail.shared.TypedEuros;
import fr.monenfantalecole.portail.shared.web.EuroAmount;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The quotient a parent declares: as typed ("742,50"), and where it comes from (bound as
 * "quotientForm": its messages are in i18n/periscolaire.properties).
 */
public record QuotientForm(
        @NotBlank(message = "{periscolaire.quotient.notBlank}")
        @EuroAmount(message = "{periscolaire.quotient.format}", maxCents = MAX_CENTS)
        @Nullable
        String quotient,

        @NotNull(message = "{periscolaire.origine.notNull}")
        @Pattern(regexp = ORIGINES, message = "{periscolaire.origine.choix}")
        @Nullable
        String origine) {

    /** No quotient reaches 100 000 €: a larger figure is a slip of the keyboard. */
    static final long MAX_CENTS = 100_000_00L;

    /** The names of {@link Quotients.Origine}, as the form's radio buttons send them. */
    static final String ORIGINES = "CAF|CALCULE";

    /** Only once the form is valid. */
    long cents() {
        return Objects.requireNonNull(TypedEuros.cents(quotient), "checked by @EuroAmount");
    }

    /** Only once the form is valid. */
    Quotients.Origine origineChoisie() {
        return Quotients.Origine.valueOf(Objects.requireNonNull(origine, "checked by @NotNull"));
    }
}
