package fr.monenfantalecole.portail.service;

import fr.monenfantalecole.portail.shared.TypedEuros;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The quotient familial, computed the CAF way or the tax (DGFiP) way, with every step in plain
 * words. Money is held in euro cents; rounding is explicit: monthly amounts and the quotient to the
 * cent, half up (a couple with two children, 36,000 € a year and 140 € a month: 3 parts, 1 046,67 €).
 */
public final class QuotientFamilial {

    private QuotientFamilial() {}

    public enum Methode {
        /** (yearly taxable income / 12 + monthly benefits) / parts. */
        CAF("comme la CAF", "la méthode de la CAF (revenus du mois et prestations familiales)"),
        /** yearly taxable income / fiscal parts / 12. */
        DGFIP("comme les impôts", "la méthode des impôts (revenu fiscal et nombre de parts)");

        private final String court;
        private final String libelle;

        Methode(String court, String libelle) {
            this.court = court;
            this.libelle = libelle;
        }

        /** "comme la CAF", to follow "calculé". */
        public String court() {
            return court;
        }

        public String libelle() {
            return libelle;
        }

        public Methode autre() {
            return this == CAF ? DGFIP : CAF;
        }
    }

    /**
     * A household as typed.
     *
     * @param revenusAnnuelsCentimes yearly taxable income (revenu fiscal de référence or net taxable), in cents
     * @param prestationsMensuellesCentimes monthly family benefits, in cents (CAF method only)
     */
    public record Foyer(
            long revenusAnnuelsCentimes,
            long prestationsMensuellesCentimes,
            int adultes,
            int enfants,
            int enfantsHandicapes) {

        public Foyer {
            if (revenusAnnuelsCentimes < 0 || prestationsMensuellesCentimes < 0) {
                throw new IllegalArgumentException("Les montants ne peuvent pas être négatifs.");
            }
            if (adultes < 1 || adultes > 2) {
                throw new IllegalArgumentException("Un foyer compte 1 ou 2 adultes.");
            }
            if (enfants < 0 || enfants > 20 || enfantsHandicapes < 0 || enfantsHandicapes > enfants) {
                throw new IllegalArgumentException(
                        "Nombre d'enfants invalide (les enfants handicapés sont comptés parmi les enfants).");
            }
        }
    }

    /** The result: parts, monthly resources, quotient in euros, and the steps explained. */
    public record Resultat(
            Methode methode,
            BigDecimal parts,
            long ressourcesMensuellesCentimes,
            long quotientCentimes,
            List<String> etapes) {}

    public static Resultat calcule(Foyer foyer, Methode methode) {
        return methode == Methode.CAF ? caf(foyer) : dgfip(foyer);
    }

    /** CAF parts: 2 for a couple or a single parent, +0.5 for each of the first two children, +1 for the third, +0.5 for each further child, +0.5 per disabled child. */
    static BigDecimal partsCaf(Foyer f) {
        BigDecimal parts = BigDecimal.valueOf(2);
        for (int child = 1; child <= f.enfants(); child++) {
            parts = parts.add(child == 3 ? BigDecimal.ONE : new BigDecimal("0.5"));
        }
        return parts.add(new BigDecimal("0.5").multiply(BigDecimal.valueOf(f.enfantsHandicapes())));
    }

    /** Fiscal parts: 1 per adult, +0.5 for a single parent, +0.5 for each of the first two children, +1 from the third, +0.5 per disabled child. */
    static BigDecimal partsFiscales(Foyer f) {
        BigDecimal parts = BigDecimal.valueOf(f.adultes());
        if (f.adultes() == 1 && f.enfants() > 0) {
            parts = parts.add(new BigDecimal("0.5"));
        }
        for (int child = 1; child <= f.enfants(); child++) {
            parts = parts.add(child >= 3 ? BigDecimal.ONE : new BigDecimal("0.5"));
        }
        return parts.add(new BigDecimal("0.5").multiply(BigDecimal.valueOf(f.enfantsHandicapes())));
    }

    private static Resultat caf(Foyer f) {
        List<String> steps = new ArrayList<>();
        long monthlyIncome = BigDecimal.valueOf(f.revenusAnnuelsCentimes())
                .divide(BigDecimal.valueOf(12), 0, RoundingMode.HALF_UP)
                .longValueExact();
        steps.add("Revenus de l'année divisés par 12 : " + euros(f.revenusAnnuelsCentimes()) + " ÷ 12 = "
                + euros(monthlyIncome) + " par mois.");
        long resources = monthlyIncome + f.prestationsMensuellesCentimes();
        steps.add("On ajoute les prestations familiales du mois (" + euros(f.prestationsMensuellesCentimes()) + ") : "
                + euros(resources) + " de ressources par mois.");
        BigDecimal parts = partsCaf(f);
        steps.add(partsExplained(f, parts, true));
        long quotient = BigDecimal.valueOf(resources)
                .divide(parts, 0, RoundingMode.HALF_UP)
                .longValueExact();
        steps.add("Quotient familial : " + euros(resources) + " ÷ " + format(parts) + " parts = " + euros(quotient)
                + " (arrondi au centime).");
        return new Resultat(Methode.CAF, parts, resources, quotient, steps);
    }

    private static Resultat dgfip(Foyer f) {
        List<String> steps = new ArrayList<>();
        BigDecimal parts = partsFiscales(f);
        steps.add(partsExplained(f, parts, false));
        long perPart = BigDecimal.valueOf(f.revenusAnnuelsCentimes())
                .divide(parts, 0, RoundingMode.HALF_UP)
                .longValueExact();
        steps.add("Revenu fiscal par part : " + euros(f.revenusAnnuelsCentimes()) + " ÷ " + format(parts) + " = "
                + euros(perPart) + ".");
        long quotient = BigDecimal.valueOf(perPart)
                .divide(BigDecimal.valueOf(12), 0, RoundingMode.HALF_UP)
                .longValueExact();
        steps.add(
                "Quotient familial : " + euros(perPart) + " ÷ 12 mois = " + euros(quotient) + " (arrondi au centime).");
        long monthly = BigDecimal.valueOf(f.revenusAnnuelsCentimes())
                .divide(BigDecimal.valueOf(12), 0, RoundingMode.HALF_UP)
                .longValueExact();
        return new Resultat(Methode.DGFIP, parts, monthly, quotient, steps);
    }

    private static String partsExplained(Foyer f, BigDecimal parts, boolean caf) {
        var text = new StringBuilder("Nombre de parts : ");
        if (caf) {
            text.append("2 pour ").append(f.adultes() == 2 ? "le couple" : "le parent seul");
        } else {
            text.append(
                    f.adultes() == 2
                            ? "2 pour le couple"
                            : "1 pour l'adulte" + (f.enfants() > 0 ? ", + 0,5 pour un parent seul" : ""));
        }
        if (f.enfants() > 0) {
            text.append(", + 0,5 pour chacun des deux premiers enfants");
            if (f.enfants() >= 3) {
                text.append(caf ? ", + 1 pour le troisième" : ", + 1 pour chaque enfant à partir du troisième");
            }
            if (caf && f.enfants() >= 4) {
                text.append(", + 0,5 pour chaque enfant suivant");
            }
        }
        if (f.enfantsHandicapes() > 0) {
            text.append(", + 0,5 par enfant en situation de handicap");
        }
        return text.append(" = ").append(format(parts)).append(" parts.").toString();
    }

    public static String euros(long cents) {
        var format = NumberFormat.getCurrencyInstance(Locale.FRANCE);
        return format.format(BigDecimal.valueOf(cents, 2))
                .replace('\u202f', ' ')
                .replace('\u00a0', ' ');
    }

    static String format(BigDecimal parts) {
        return parts.stripTrailingZeros().toPlainString().replace('.', ',');
    }

    /** "1 234,56" or "1234.56" or "1 234 €" typed by a parent, in cents; null when not a number. */
    public static @org.jspecify.annotations.Nullable Long parseEuros(@org.jspecify.annotations.Nullable String typed) {
        return typed == null || typed.isBlank() ? Long.valueOf(0L) : TypedEuros.cents(typed);
    }
}
