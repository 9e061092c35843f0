package fr.monenfantalecole.portail.fiche;

import java.util.List;

/** One theme's sheets. */
public record ThemeView(Theme theme, List<FicheViews.Summary> fiches, List<Niveau> niveaux, String niveau) {}
