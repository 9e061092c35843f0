package fr.monenfantalecole.portail.rubrique;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One version of a rubrique's content for one establishment. */
public record RubriqueVersion(
        long id,
        long rubriqueId,
        String etablissement,
        State etat,
        String texte,
        @Nullable String auteur,
        Instant createdAt,
        Instant updatedAt,
        @Nullable Instant soumisLe,
        @Nullable Instant publieLe,
        @Nullable String valideur,
        @Nullable String commentaire) {

    /**
     * brouillon → soumis → publié; a newer publication makes the previous one "remplacé"; a
     * submission sent back stays in the history as "renvoyé", and a new draft continues from it.
     */
    public enum State {
        BROUILLON("Brouillon"),
        SOUMIS("Soumis à la mairie"),
        PUBLIE("Publié"),
        REMPLACE("Remplacé"),
        RENVOYE("Renvoyé au directeur");

        private final String libelle;

        State(String libelle) {
            this.libelle = libelle;
        }

        public String libelle() {
            return libelle;
        }
    }

    /** A draft that continues a submission the mairie sent back, with its comment. */
    public boolean returned() {
        return etat == State.BROUILLON && commentaire != null && !commentaire.isBlank();
    }
}
