package fr.monenfantalecole.portail.rubrique;

/** A rubrique of a collectivité's school pages, in its order, with help for the directors. */
public record Rubrique(long id, long collectiviteId, int position, String titre, String aide) {}
