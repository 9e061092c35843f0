package fr.monenfantalecole.portail.service;

import java.util.List;

/**
 * The cantine grid the tests price with: 1,20 € under a quotient of 500 €, 2,80 € from 500 € to under
 * 1 000 €, 4,10 € above and without a quotient.
 */
public final class TestGrids {

    private TestGrids() {}

    /** A "Restauration scolaire" priced with {@link #cantine} for the school year 2026-2027, as a test's commune offers it. */
    public static long restauration(Prestations prestations, long collectiviteId) {
        return prestations.create(
                collectiviteId,
                new Prestations.Saisie(
                        "Restauration scolaire",
                        "le repas",
                        "",
                        "2026-2027",
                        1,
                        cantine(Grille.NonResident.IDENTIQUE, Grille.Fratrie.AUCUNE),
                        false),
                null);
    }

    /**
     * A "Restauration scolaire" priced by a taux d'effort of 0,36 % of the quotient, between 2,60 € and
     * 4,50 € (4,50 € without a quotient), for the school year 2026-2027: what the demo's Rennes charges.
     */
    public static long effort(Prestations prestations, long collectiviteId) {
        return prestations.create(
                collectiviteId,
                new Prestations.Saisie(
                        "Restauration scolaire",
                        "le repas",
                        "Le prix du repas suit votre quotient familial (taux d'effort).",
                        "2026-2027",
                        1,
                        new Grille(
                                Grille.Mode.TAUX_EFFORT,
                                Grille.Bornes.MIN_INCLUS,
                                List.of(),
                                new java.math.BigDecimal("0.36"),
                                260L,
                                450L,
                                450,
                                Grille.NonResident.IDENTIQUE,
                                Grille.Fratrie.AUCUNE),
                        false),
                null);
    }

    /**
     * The cantine grid of a mairie as the demo's Fougères publishes it: 1,00 € under 450 €, 2,10 € to 700 €,
     * 3,05 € to 950 €, 3,80 € to 1 250 €, 4,40 € to 1 600 €, 4,90 € above and without a quotient; 25 % more
     * outside the commune; 20 % off from the third child.
     */
    public static Grille mairie() {
        return new Grille(
                Grille.Mode.TRANCHES,
                Grille.Bornes.MIN_INCLUS,
                List.of(
                        new Grille.Tranche(0, 45_000L, 100),
                        new Grille.Tranche(45_000, 70_000L, 210),
                        new Grille.Tranche(70_000, 95_000L, 305),
                        new Grille.Tranche(95_000, 125_000L, 380),
                        new Grille.Tranche(125_000, 160_000L, 440),
                        new Grille.Tranche(160_000, null, 490)),
                null,
                null,
                null,
                490,
                new Grille.NonResident(Grille.RegleNonResident.MAJORATION, new java.math.BigDecimal("25"), null),
                new Grille.Fratrie(3, new java.math.BigDecimal("20")));
    }

    public static Grille cantine(Grille.NonResident nonResident, Grille.Fratrie fratrie) {
        return new Grille(
                Grille.Mode.TRANCHES,
                Grille.Bornes.MIN_INCLUS,
                List.of(
                        new Grille.Tranche(0, 50_000L, 120),
                        new Grille.Tranche(50_000, 100_000L, 280),
                        new Grille.Tranche(100_000, null, 410)),
                null,
                null,
                null,
                410,
                nonResident,
                fratrie);
    }
}
