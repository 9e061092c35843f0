package fr.monenfantalecole.portail.rubrique;

import java.util.List;

/** The rubriques a collectivité is offered to start from ({@link Rubriques#chooseSuggested}). */
final class SuggestedRubriques {

    /** The rubriques offered to start from, with help for the directors. */
    static final List<String[]> ALL = List.of(
            new String[] {
                "Fiche d'identité",
                "Présentez l'école en quelques lignes : classes, effectifs, particularités (bilingue, ULIS…)."
            },
            new String[] {
                "Horaires d'accueil",
                "Heures d'ouverture des portes, de classe, de sortie, le mercredi ; horaires de la direction."
            },
            new String[] {
                "Activités", "Sorties, projets de classe, manifestations de l'année (spectacle, fête de l'école)."
            },
            new String[] {
                "Règlement intérieur",
                "Les règles de vie de l'école ; joignez le règlement voté en conseil d'école (PDF)."
            },
            new String[] {
                "Projet d'école", "Les axes du projet d'école en mots simples ; joignez-le en PDF si vous le souhaitez."
            },
            new String[] {
                "Restauration scolaire", "Où déjeunent les enfants, comment s'inscrire, menus (lien), allergies et PAI."
            },
            new String[] {
                "Accueil périscolaire", "Garderie du matin et du soir, mercredi : lieu, horaires, inscription."
            },
            new String[] {
                "L'équipe",
                "Direction, enseignants par classe, ATSEM, AESH, personnel municipal (sans coordonnées personnelles)."
            },
            new String[] {
                "Accès et stationnement", "Entrées, dépose-minute, vélos, transports scolaires, accessibilité."
            },
            new String[] {"Contacts", "Comment joindre l'école, la mairie, l'association de parents d'élèves."});

    private SuggestedRubriques() {}
}
