package fr.monenfantalecole.portail.service;

/**
 * A priced service of a collectivité for one school year ("Restauration scolaire", "le repas").
 *
 * @param exemple made-up demo grid, shown with a warning
 */
public record Prestation(
        long id,
        long collectiviteId,
        String nom,
        String unite,
        String description,
        String anneeScolaire,
        int ordre,
        Grille grille,
        boolean exemple) {}
