package fr.monenfantalecole.portail.service.web;

import fr.monenfantalecole.portail.service.Estimation;
import fr.monenfantalecole.portail.service.Montants;
import fr.monenfantalecole.portail.service.QuotientFamilial;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The quotient form as typed: kept whole when something is wrong, with one French message per field.
 *
 * @param source "calcul" (compute from the household) or "connu" (the parent types the CAF quotient)
 * @param methode "caf" or "dgfip" (the JSON API only: the page applies the collectivité's method)
 * @param horsCommune "oui" when the family does not live in the collectivité
 * @param periode "annuel" (the default) or "mensuel": the period of the income typed
 */
public record QuotientForm(
        @Nullable String source,
        @Nullable String methode,
        @Nullable String revenus,
        @Nullable String prestations,
        @Nullable String adultes,
        @Nullable String enfants,
        @Nullable String enfantsHandicapes,
        @Nullable String qf,
        @Nullable String horsCommune,
        @Nullable String periode) {

    static final QuotientForm EMPTY = new QuotientForm("calcul", null, "", "", "2", "1", "0", "", null, "annuel");

    boolean connu() {
        return "connu".equals(source);
    }

    boolean resident() {
        return !"oui".equals(horsCommune);
    }

    Map<String, String> errors() {
        Map<String, String> errors = new LinkedHashMap<>();
        if (connu()) {
            if (Montants.centimes(qf) == null) {
                errors.put(
                        "qf",
                        "Indiquez votre quotient familial en euros, tel qu'il figure sur votre attestation CAF, par exemple 850 ou 850,50.");
            }
            return errors;
        }
        if (revenus == null || revenus.isBlank()) {
            errors.put(
                    "revenus",
                    "Indiquez les revenus du foyer en euros, par exemple 28 500 (ou 0 si le foyer n'en a pas).");
        } else if (QuotientFamilial.parseEuros(revenus) == null) {
            errors.put("revenus", "Indiquez un montant en euros, par exemple 28 500 ou 28500,50.");
        }
        if (periode != null && !periode.isBlank() && !"annuel".equals(periode) && !"mensuel".equals(periode)) {
            errors.put("periode", "Indiquez si ce montant est celui de l'année (annuel) ou d'un mois (mensuel).");
        }
        if (QuotientFamilial.parseEuros(prestations) == null) {
            errors.put("prestations", "Indiquez un montant en euros par mois, ou 0.");
        }
        Integer a = TypedInteger.parse(adultes);
        if (a == null || a < 1 || a > 2) {
            errors.put("adultes", "Choisissez 1 (parent seul) ou 2 (couple).");
        }
        Integer e = TypedInteger.parse(enfants);
        if (e == null || e < 0 || e > 20) {
            errors.put("enfants", "Indiquez le nombre d'enfants à charge, de 0 à 20.");
        }
        Integer h = TypedInteger.parse(enfantsHandicapes);
        if (h == null || h < 0 || (e != null && h > e)) {
            errors.put(
                    "enfantsHandicapes",
                    "Le nombre d'enfants en situation de handicap ne peut pas dépasser le nombre d'enfants.");
        }
        return errors;
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

    /** What was typed, once {@link #errors()} is empty. */
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
