package fr.monenfantalecole.portail.school.web;

import fr.monenfantalecole.portail.school.Etablissement;
import fr.monenfantalecole.portail.school.Niveau;
import java.util.List;

/** One establishment's page with the map settings. */
public record SchoolPageView(Etablissement etablissement, String tuilesUrl, String attribution) {}
