package fr.monenfantalecole.portail.rubrique;

import fr.monenfantalecole.portail.school.SchoolPageKey;
import org.jspecify.annotations.Nullable;

/** An establishment the collectivité runs itself: centre de loisirs, accueil périscolaire, restaurant scolaire. */
public record LocalStructure(
        long id,
        long collectiviteId,
        String nom,
        String nature,
        String adresse,
        @Nullable Double latitude,
        @Nullable Double longitude) {

    /** A position that cannot be drawn (NaN, infinite, off the globe, half given) is no position: the page shows no map. */
    public LocalStructure {
        if (latitude == null || longitude == null || !isPosition(latitude, longitude)) {
            latitude = null;
            longitude = null;
        }
    }

    /** Degrees a map can show; NaN fails every comparison, so it is tested first. */
    public static boolean isPosition(double latitude, double longitude) {
        return Double.isFinite(latitude)
                && Double.isFinite(longitude)
                && latitude >= -90
                && latitude <= 90
                && longitude >= -180
                && longitude <= 180;
    }

    /** The kinds a collectivité can add, with their French names. */
    public enum Nature {
        CENTRE_LOISIRS("Centre de loisirs"),
        PERISCOLAIRE("Accueil périscolaire"),
        RESTAURANT("Restaurant scolaire"),
        AUTRE("Autre structure municipale");

        private final String libelle;

        Nature(String libelle) {
            this.libelle = libelle;
        }

        public String libelle() {
            return libelle;
        }
    }

    /** Its school page: this key, written "L" + id in URLs, grants and rows ({@link #key()}). */
    public SchoolPageKey pageKey() {
        return new SchoolPageKey.Local(id);
    }

    public String key() {
        return pageKey().ref();
    }

    public String natureLibelle() {
        return Nature.valueOf(nature).libelle();
    }

    public boolean hasPosition() {
        return latitude != null && longitude != null;
    }
}
