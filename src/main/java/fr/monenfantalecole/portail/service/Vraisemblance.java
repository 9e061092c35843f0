package fr.monenfantalecole.portail.service;

import java.util.ArrayList;
import java.util.List;

/**
 * Figures that are probably typed for the wrong period. A yearly income of 2 800 € is a monthly one
 * more often than not, and it gives a quotient twelve times too low: the parent is told, with the
 * quotient the other reading would give, and decides (a very low income is possible, so nothing is
 * refused).
 */
final class Vraisemblance {

    /** Below this a household's yearly income most likely is a monthly one (about five months of SMIC net). */
    static final long ANNUEL_BAS_CENTIMES = 700_000;

    /** Above this a household's monthly income most likely is a yearly one. */
    static final long MENSUEL_HAUT_CENTIMES = 1_500_000;

    /** Above this monthly family benefits most likely are a yearly total. */
    static final long PRESTATIONS_HAUTES_CENTIMES = 250_000;

    private Vraisemblance() {}

    static List<String> avertissements(Estimation.Saisie s, QuotientFamilial.Methode methode) {
        List<String> warnings = new ArrayList<>();
        long typed = s.revenusCentimes();
        if (s.periode() == Estimation.Periode.ANNUEL && typed > 0 && typed < ANNUEL_BAS_CENTIMES) {
            warnings.add("Vous avez indiqué " + QuotientFamilial.euros(typed)
                    + " de revenus pour toute l'année, c'est très peu. S'il s'agit de vos revenus d'un mois,"
                    + " choisissez « par mois » : votre quotient serait de "
                    + quotient(s, Math.multiplyExact(typed, 12), methode) + " au lieu de "
                    + quotient(s, typed, methode) + ".");
        }
        if (s.periode() == Estimation.Periode.MENSUEL && typed > MENSUEL_HAUT_CENTIMES) {
            warnings.add("Vous avez indiqué " + QuotientFamilial.euros(typed)
                    + " de revenus par mois, soit " + QuotientFamilial.euros(s.revenusAnnuelsCentimes())
                    + " par an. S'il s'agit de vos revenus de l'année, choisissez « par an » : votre quotient serait de "
                    + quotient(s, typed, methode) + ".");
        }
        if (s.prestationsMensuellesCentimes() > PRESTATIONS_HAUTES_CENTIMES) {
            warnings.add("Vous avez indiqué " + QuotientFamilial.euros(s.prestationsMensuellesCentimes())
                    + " de prestations familiales par mois, c'est beaucoup. S'il s'agit du total de l'année,"
                    + " divisez-le par 12.");
        }
        return warnings;
    }

    private static String quotient(Estimation.Saisie s, long yearly, QuotientFamilial.Methode methode) {
        return QuotientFamilial.euros(
                QuotientFamilial.calcule(s.foyer(yearly), methode).quotientCentimes());
    }
}
