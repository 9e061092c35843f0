package fr.monenfantalecole.portail.home;

import fr.monenfantalecole.portail.tenant.Collectivite;
import fr.monenfantalecole.portail.tenant.CollectiviteType;
import java.util.Locale;

/**
 * The sentences of a home page that depend on the kind of collectivité and on the levels it presents:
 * a département runs collèges, a commune its écoles, and a name takes "de", "d'" or "du" as French does.
 */
record HomeWording(CollectiviteType type, String nom, boolean ecoles, boolean colleges) {

    static HomeWording of(Collectivite c, long ecoles, long colleges) {
        // With nothing presented yet, say what the collectivité is in charge of.
        boolean none = ecoles == 0 && colleges == 0;
        boolean dept = c.type() == CollectiviteType.DEPARTEMENT;
        return new HomeWording(c.type(), c.nom(), ecoles > 0 || (none && !dept), colleges > 0 || (none && dept));
    }

    /** The title: "Mon enfant à l'école à Rennes", "… au collège avec le Département d'Ille-et-Vilaine". */
    String titre() {
        String enfant = ecoles ? "Mon enfant à l'école" : "Mon enfant au collège";
        return switch (type) {
            case COMMUNE -> enfant + " à " + nom;
            case EPCI -> enfant + " sur le territoire " + de(nom);
            case DEPARTEMENT -> enfant + " avec " + le(nom);
        };
    }

    /** The lead sentence, with the levels actually presented. */
    String accroche() {
        String niveaux;
        if (ecoles && colleges) {
            niveaux = "de la maternelle au collège";
        } else if (colleges) {
            niveaux = "au collège";
        } else {
            niveaux = "à l'école maternelle et élémentaire";
        }
        return "Toutes les réponses et les services " + de(nom) + " pour la scolarité de vos enfants, " + niveaux + ".";
    }

    /** What the school card says it lists when nothing is presented yet. */
    String etablissements() {
        return ecoles && colleges ? "Écoles et collèges" : colleges ? "Collèges" : "Écoles";
    }

    /** "de Rennes", "d'Acigné", "du Département d'Ille-et-Vilaine", "de la Communauté de communes …". */
    static String de(String nom) {
        String lower = nom.toLowerCase(Locale.FRENCH);
        if (lower.startsWith("le ") || startsWithInstitution(lower)) {
            return "du " + (lower.startsWith("le ") ? nom.substring(3) : nom);
        }
        if (lower.startsWith("les ")) {
            return "des " + nom.substring(4);
        }
        if (lower.startsWith("la ") || startsWithFeminineInstitution(lower)) {
            return "de " + (lower.startsWith("la ") ? nom : "la " + nom);
        }
        return elides(lower) ? "d'" + nom : "de " + nom;
    }

    /** "le Département d'Ille-et-Vilaine", "Fougères Agglomération". */
    static String le(String nom) {
        String lower = nom.toLowerCase(Locale.FRENCH);
        if (startsWithInstitution(lower)) {
            return "le " + nom;
        }
        return startsWithFeminineInstitution(lower) ? "la " + nom : nom;
    }

    private static boolean startsWithInstitution(String lower) {
        return lower.startsWith("département ") || lower.startsWith("conseil ");
    }

    private static boolean startsWithFeminineInstitution(String lower) {
        return lower.startsWith("communauté ") || lower.startsWith("métropole ") || lower.startsWith("collectivité ");
    }

    private static boolean elides(String lower) {
        return !lower.isEmpty() && "aàâeéèêiîoôuyh".indexOf(lower.charAt(0)) >= 0;
    }
}
