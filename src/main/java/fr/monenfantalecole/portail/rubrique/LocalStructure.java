package fr.monenfantalecole.portail.rubrique;

import org.jspecify.annotations.Nullable;

/** An establishment the collectivité runs itself: centre de loisirs, accueil périscolaire, restaurant scolaire. */
public record LocalStructure(long id, long collectiviteId, String nom, String nature, String adresse,
        @Nullable Double latitude, @Nullable Double longitude) {

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

    public String key() {
        return "L" + id;
    }

    public String natureLibelle() {
        return Nature.valueOf(nature).libelle();
    }

    public boolean hasPosition() {
        return latitude != null && longitude != null;
    }
}
