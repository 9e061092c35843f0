package fr.monenfantalecole.portail.fiche.web;

import fr.monenfantalecole.portail.fiche.FicheViews;
import fr.monenfantalecole.portail.fiche.Niveau;
import fr.monenfantalecole.portail.fiche.Theme;
import java.util.List;

/** One theme's sheets. */
public record ThemeView(Theme theme, List<FicheViews.Summary> fiches, List<Niveau> niveaux, String niveau) {}
