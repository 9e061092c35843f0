package fr.monenfantalecole.portail.service;

import fr.monenfantalecole.portail.shared.TypedEuros;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** Euro amounts and percentages as typed in French ("1 234,56 €", "0,36 %"), held in cents. */
public final class Montants {

    private Montants() {}

    /** Cents for "1 234,56", "1234.5" or "12 €"; null when blank or not an amount ({@link TypedEuros}). */
    public static @Nullable Long centimes(@Nullable String typed) {
        return TypedEuros.cents(typed);
    }

    /** A percentage such as "0,36" or "20 %"; null when blank or not a number. */
    public static @Nullable BigDecimal pourcent(@Nullable String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String v = typed.replaceAll("[\\s\u00a0\u202f%]", "").replace(',', '.');
        if (!v.matches("\\d{1,4}(\\.\\d{1,4})?")) {
            return null;
        }
        return new BigDecimal(v);
    }

    public static boolean blank(@Nullable String typed) {
        return typed == null || typed.isBlank();
    }

    /** "1 046,67 €" (ordinary spaces, so that it reads and copies the same everywhere). */
    public static String euros(long cents) {
        return QuotientFamilial.euros(cents);
    }

    /** A quotient bound as parents read it: "1 250 €" for whole euros, "722,23 €" otherwise. */
    public static String borne(long cents) {
        if (cents % 100 != 0) {
            return euros(cents);
        }
        var format = java.text.NumberFormat.getIntegerInstance(java.util.Locale.FRANCE);
        return format.format(cents / 100).replace('\u202f', ' ').replace('\u00a0', ' ') + " €";
    }

    /** A percentage for reading: "0,36 %" with a non-breaking space, so that "%" never starts a line. */
    public static String pourcentTexte(BigDecimal value) {
        return saisie(value) + "\u00a0%";
    }

    /** The amount as a form shows it back: "1046,67", or "" for null. */
    public static String saisie(@Nullable Long cents) {
        return cents == null
                ? ""
                : BigDecimal.valueOf(cents, 2)
                        .stripTrailingZeros()
                        .toPlainString()
                        .replace('.', ',');
    }

    public static String saisie(@Nullable BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString().replace('.', ',');
    }

    /** Cents as a JSON number of euros, 1046.67. */
    public static BigDecimal decimal(long cents) {
        return BigDecimal.valueOf(cents, 2);
    }
}
