package fr.monenfantalecole.portail.fiche;

import java.util.List;

/** The themes of a collectivité's questions-réponses, with the level chosen. */
public record QuestionsIndexView(List<FicheViews.ThemeCount> themes, List<Niveau> niveaux, String niveau) {}
