package fr.monenfantalecole.portail.fiche;

import java.time.Instant;
import java.util.List;

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

    public FicheKey.Local key() {
        return new FicheKey.Local(id);
    }

    public FicheContent content() {
        return new FicheContent(titre, List.of(), bref, detail, List.of(), List.of());
    }
}
