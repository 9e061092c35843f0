package fr.monenfantalecole.portail.fiche;

import java.time.Instant;

/** A sheet a collectivité wrote for its own portal only ("Les écoles de Fougères"). */
public record LocalFiche(
        long id,
        long collectiviteId,
        String themeId,
        Niveau niveau,
        String titre,
        String bref,
        String detail,
        boolean publiee,
        Instant updatedAt) {

    public FicheContent content() {
        return new FicheContent(titre, java.util.List.of(), bref, detail, java.util.List.of(), java.util.List.of());
    }
}
