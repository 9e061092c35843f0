package fr.monenfantalecole.portail.rubrique;

/** An establishment in a director's list, with the collectivité that invited them. */
public record DeskView(SchoolPage etablissement, String collectivite, String path) {}
