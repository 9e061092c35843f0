package fr.monenfantalecole.portail.rubrique.web;

import fr.monenfantalecole.portail.rubrique.Establishment;

/** An establishment in a director's list, with the collectivité that invited them. */
public record DeskView(Establishment etablissement, String collectivite, String path) {}
