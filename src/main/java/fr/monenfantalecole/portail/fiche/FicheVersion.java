package fr.monenfantalecole.portail.fiche;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One version of a national sheet. */
public record FicheVersion(
        long id,
        String ficheId,
        int number,
        FicheContent content,
        Status status,
        @Nullable Integer currentStep,
        String origin,
        @Nullable String auteur,
        Instant createdAt,
        @Nullable Instant publishedAt,
        @Nullable Instant reviewedAt) {

    /** This version with its author's name (the account module's to give). */
    FicheVersion byAuthor(@Nullable String name) {
        return new FicheVersion(
                id, ficheId, number, content, status, currentStep, origin, name, createdAt, publishedAt, reviewedAt);
    }

    /** Where a version stands in the review chain. */
    public enum Status {
        BROUILLON("Brouillon"),
        EN_RELECTURE("En relecture"),
        A_REPRENDRE("À reprendre"),
        PUBLIEE("Publiée"),
        ARCHIVEE("Archivée");

        private final String libelle;

        Status(String libelle) {
            this.libelle = libelle;
        }

        public String libelle() {
            return libelle;
        }
    }
}
