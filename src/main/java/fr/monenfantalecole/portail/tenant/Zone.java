package fr.monenfantalecole.portail.tenant;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Optional;

/** The parts of a portal a collectivité may show inside its own website, each a path prefix of the portal. */
public enum Zone {
    QUESTIONS("questions", "/questions", "Questions-réponses (par thème, et chaque fiche)"),
    RECHERCHE("recherche", "/recherche", "Recherche"),
    CARTE_SCOLAIRE("carte-scolaire", "/services/carte-scolaire", "Quelle école pour mon adresse ?"),
    SERVICES("services", "/services", "Services (quotient familial, tarifs, téléservices)"),
    AGENDA("agenda", "/agenda", "Agenda"),
    ACTUALITES("actualites", "/actualites", "Actualités"),
    ECOLES("ecoles", "/ecoles", "Écoles");

    private final String code;
    private final String chemin;
    private final String libelle;

    Zone(String code, String chemin, String libelle) {
        this.code = code;
        this.chemin = chemin;
        this.libelle = libelle;
    }

    public String code() {
        return code;
    }

    /** The portal path the zone starts at, after the collectivité's slug. */
    public String chemin() {
        return chemin;
    }

    public String libelle() {
        return libelle;
    }

    public static Optional<Zone> fromCode(String code) {
        return Arrays.stream(values()).filter(z -> z.code.equals(code)).findFirst();
    }

    /** The zone a portal path (after the slug) belongs to: the longest matching prefix. */
    public static Optional<Zone> of(String path) {
        return Arrays.stream(values())
                .filter(z ->
                        path.equals(z.chemin) || path.startsWith(z.chemin + "/") || path.startsWith(z.chemin + "?"))
                .max(Comparator.comparingInt(z -> z.chemin.length()));
    }
}
