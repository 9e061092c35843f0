package fr.monenfantalecole.portail.service;

import fr.monenfantalecole.portail.shared.web.EuroAmount;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.hibernate.validator.group.GroupSequenceProvider;
import org.hibernate.validator.spi.group.DefaultGroupSequenceProvider;
import org.jspecify.annotations.Nullable;

/**
 * The quotient form as typed, kept whole when something is wrong (bound as "quotientForm": its
 * messages are in i18n/service.properties). Two forms in one: the household's figures are checked
 * when the quotient is computed ({@link Calcul}), the quotient alone when the parent knows it
 * ({@link Connu}). An empty household form is refused with the income it asks for; figures that
 * look typed for the wrong period are not refused here but warned about with the result.
 *
 * @param source "calcul" (compute from the household) or "connu" (the parent types the CAF quotient)
 * @param methode "caf" or "dgfip" (the JSON API only: the page applies the collectivité's method)
 * @param periode "annuel" (the default) or "mensuel": the period of the income typed
 * @param horsCommune "oui" when the family does not live in the collectivité
 */
@GroupSequenceProvider(QuotientForm.Source.class)
@HandicapsWithinChildren(message = "{service.enfantsHandicapes}", groups = QuotientForm.Calcul.class)
public record QuotientForm(
        @Nullable String source,

        @Pattern(regexp = "(?i)caf|dgfip", message = "{service.methode}") @Nullable
        String methode,

        @NotBlank(message = "{service.revenus.vide}", groups = Calcul.class)
        @EuroAmount(message = "{service.revenus.format}", groups = Calcul.class)
        @Nullable
        String revenus,

        @Pattern(regexp = "annuel|mensuel|\\s*", message = "{service.periode}", groups = Calcul.class) @Nullable
        String periode,

        @EuroAmount(message = "{service.prestations}", groups = Calcul.class) @Nullable
        String prestations,

        @Count(min = 1, max = 2, message = "{service.adultes}", groups = Calcul.class) @Nullable
        String adultes,

        @Count(max = 20, message = "{service.enfants}", groups = Calcul.class) @Nullable
        String enfants,

        @Count(message = "{service.enfantsHandicapes}", groups = Calcul.class) @Nullable
        String enfantsHandicapes,

        @NotBlank(message = "{service.qf}", groups = Connu.class)
        @EuroAmount(message = "{service.qf}", groups = Connu.class)
        @Nullable
        String qf,

        @Nullable String horsCommune) {

    static final QuotientForm EMPTY = new QuotientForm("calcul", null, "", "annuel", "", "2", "1", "0", "", null);

    /** The checks of the household's figures. */
    interface Calcul {}

    /** The check of a quotient the parent knows. */
    interface Connu {}

    /** Which of the two forms was sent decides which checks apply (Hibernate Validator creates it). */
    public static final class Source implements DefaultGroupSequenceProvider<QuotientForm> {

        public Source() {}

        @Override
        public List<Class<?>> getValidationGroups(@Nullable Class<?> klass, @Nullable QuotientForm form) {
            List<Class<?>> groups = new ArrayList<>();
            groups.add(QuotientForm.class);
            if (form != null) {
                groups.add(form.connu() ? Connu.class : Calcul.class);
            }
            return groups;
        }
    }

    boolean connu() {
        return "connu".equals(source);
    }

    boolean resident() {
        return !"oui".equals(horsCommune);
    }

    /** The method asked for, or the collectivité's when none is. */
    QuotientFamilial.Methode methodeChoisie(QuotientFamilial.Methode collectivite) {
        if (methode == null || methode.isBlank()) {
            return collectivite;
        }
        return "dgfip".equalsIgnoreCase(methode) ? QuotientFamilial.Methode.DGFIP : QuotientFamilial.Methode.CAF;
    }

    boolean mensuel() {
        return "mensuel".equals(periode);
    }

    /** The quotient typed, once the form is valid and {@link #connu()}. */
    long qfCentimes() {
        return Objects.requireNonNull(Montants.centimes(qf), "checked by @EuroAmount");
    }

    /** What was typed, once the form is valid and not {@link #connu()}. */
    Estimation.Saisie saisie() {
        return new Estimation.Saisie(
                Objects.requireNonNull(QuotientFamilial.parseEuros(revenus)),
                mensuel() ? Estimation.Periode.MENSUEL : Estimation.Periode.ANNUEL,
                Objects.requireNonNull(QuotientFamilial.parseEuros(prestations)),
                Objects.requireNonNull(TypedInteger.parse(adultes)),
                Objects.requireNonNull(TypedInteger.parse(enfants)),
                Objects.requireNonNull(TypedInteger.parse(enfantsHandicapes)));
    }
}
