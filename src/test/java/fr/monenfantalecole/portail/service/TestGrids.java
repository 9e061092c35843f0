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
