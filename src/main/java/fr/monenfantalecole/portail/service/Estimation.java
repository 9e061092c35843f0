package fr.monenfantalecole.portail.service;

import java.util.ArrayList;
import java.util.List;

/**
 * A quotient worked out from what a parent typed: first with the method the collectivité applies
 * (the one its prices use), then with the other one for information, and warnings on figures that
 * look typed for the wrong period.
 */
public record Estimation(
        QuotientFamilial.Resultat applique, QuotientFamilial.Resultat autre, List<String> avertissements) {

    /** The period of the income typed. */
    public enum Periode {
        ANNUEL,
        MENSUEL
    }

    /**
     * What the parent typed: the household's income for the period given, in cents, and the monthly
     * family benefits.
     */
    public record Saisie(
            long revenusCentimes,
            Periode periode,
            long prestationsMensuellesCentimes,
            int adultes,
            int enfants,
            int enfantsHandicapes) {

        long revenusAnnuelsCentimes() {
            return periode == Periode.MENSUEL ? Math.multiplyExact(revenusCentimes, 12) : revenusCentimes;
        }

        QuotientFamilial.Foyer foyer() {
            return foyer(revenusAnnuelsCentimes());
        }

        QuotientFamilial.Foyer foyer(long revenusAnnuels) {
            return new QuotientFamilial.Foyer(
                    revenusAnnuels, prestationsMensuellesCentimes, adultes, enfants, enfantsHandicapes);
        }
    }

    public static Estimation of(Saisie saisie, QuotientFamilial.Methode methode) {
        var foyer = saisie.foyer();
        return new Estimation(
                withPeriod(saisie, QuotientFamilial.calcule(foyer, methode)),
                withPeriod(saisie, QuotientFamilial.calcule(foyer, methode.autre())),
                Vraisemblance.avertissements(saisie, methode));
    }

    /** A monthly income is turned into a yearly one before anything else: the parent reads it as the first step. */
    private static QuotientFamilial.Resultat withPeriod(Saisie s, QuotientFamilial.Resultat r) {
        if (s.periode() != Periode.MENSUEL) {
            return r;
        }
        var steps = new ArrayList<String>();
        steps.add("Revenus d'un mois multipliés par 12 : " + QuotientFamilial.euros(s.revenusCentimes()) + " × 12 = "
                + QuotientFamilial.euros(s.revenusAnnuelsCentimes()) + " pour l'année.");
        steps.addAll(r.etapes());
        return new QuotientFamilial.Resultat(
                r.methode(), r.parts(), r.ressourcesMensuellesCentimes(), r.quotientCentimes(), List.copyOf(steps));
    }
}
