package fr.monenfantalecole.portail.audience;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a recorded view was: a page of a zone, or a lookup counted without its content. */
public enum PageKind {
    ACCUEIL("Accueil"),
    QUESTIONS("Questions-réponses (thèmes)"),
    FICHE("Fiches"),
    ACTUALITES("Actualités"),
    AGENDA("Agenda"),
    SERVICES("Services"),
    ECOLES("Liste des écoles"),
    ECOLE("Pages d'école"),
    RECHERCHE("Recherches"),
    /** A page opened from a search's results: tells searches with a click from those without. */
    CLIC_RECHERCHE("Résultats de recherche ouverts"),
    CARTE_SCOLAIRE("Recherches d'école par adresse"),
    QUOTIENT("Calculs du quotient familial"),
    CONNEXION_FAMILLE("Connexions à l'espace famille"),
    ESPACE_FAMILLE("Pages de l'espace famille"),
    AUTRE("Autres pages");

    private final String libelle;

    PageKind(String libelle) {
        this.libelle = libelle;
    }

    public String libelle() {
        return libelle;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<PageKind> fromCode(String code) {
        return Arrays.stream(values()).filter(k -> k.code().equals(code)).findFirst();
    }

    /** Whether it is a page seen (the lookups and sign-ins are counted apart from the pages). */
    public boolean isPage() {
        return this != CLIC_RECHERCHE && this != CARTE_SCOLAIRE && this != QUOTIENT && this != CONNEXION_FAMILLE;
    }
}
