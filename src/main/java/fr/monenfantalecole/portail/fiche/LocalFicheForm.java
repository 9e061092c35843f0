package fr.monenfantalecole.portail.fiche;

import jakarta.validation.constraints.NotBlank;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A local sheet as typed (bound as "localFicheForm": its messages are in i18n/fiche.properties). */
public record LocalFicheForm(
        String theme,
        String niveau,
        @NotBlank @Nullable String titre,
        @Nullable String bref,
        @Nullable String detail,
        @Nullable Boolean publiee) {

    static LocalFicheForm of(LocalFiche f) {
        return new LocalFicheForm(f.themeId(), f.niveau().code(), f.titre(), f.bref(), f.detail(), f.publiee());
    }

    boolean isPubliee() {
        return Boolean.TRUE.equals(publiee);
    }

    FicheContent content() {
        return new FicheContent(
                titre == null ? "" : titre.strip(),
                List.of(),
                bref == null ? "" : bref.strip(),
                detail == null ? "" : detail.strip(),
                List.of(),
                List.of());
    }
}
