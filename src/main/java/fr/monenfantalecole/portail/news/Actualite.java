package fr.monenfantalecole.portail.news;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A news dossier: national when it has no collectivité.
 *
 * @param imageAlt what the image shows, for people who cannot see it ("" when decorative)
 */
public record Actualite(
        long id,
        @Nullable Long collectiviteId,
        String titre,
        String resume,
        String corps,
        boolean hasImage,
        @Nullable String imageAlt,
        LocalDate publieLe) {

    public boolean isNational() {
        return collectiviteId == null;
    }
}
