package fr.monenfantalecole.portail.school.web;

import fr.monenfantalecole.portail.school.Etablissement;
import fr.monenfantalecole.portail.school.SchoolPageSections;
import java.util.List;

/** One establishment's page with the map settings and the collectivité's rubriques. */
public record SchoolPageView(
        Etablissement etablissement, String tuilesUrl, String attribution, List<SchoolPageSections.Section> sections) {}
