package fr.monenfantalecole.portail.news;

import fr.monenfantalecole.portail.shared.web.FrenchDate;
import fr.monenfantalecole.portail.shared.web.MaxLength;
import fr.monenfantalecole.portail.shared.web.TypedDate;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A news dossier as typed (bound as "actualiteForm": its messages are in i18n/news.properties).
 */
public record ActualiteForm(
        @NotBlank @Size(max = 150) @Nullable String titre,
        @NotBlank @Size(max = 400) @Nullable String resume,

        @NotBlank @MaxLength(value = MAX_BODY, message = "{news.corps.long}") @Nullable
        String corps,

        @FrenchDate(message = "{news.publieLe.format}", plausible = "{news.publieLe.plausible}") @Nullable
        String publieLe,

        @Nullable String imageAlt) {

    /** Far above any news (a long one is 20,000), far below what the database and the search index choke on. */
    static final int MAX_BODY = 100_000;

    /** The dossier as saved: what Bean Validation found complete, stripped. */
    record Typed(String titre, String resume, String corps, LocalDate publieLe) {}

    /** Only once the form is valid: every field is then present. */
    Typed typed() {
        return new Typed(
                Objects.requireNonNull(titre, "checked by @NotBlank").strip(),
                Objects.requireNonNull(resume, "checked by @NotBlank").strip(),
                Objects.requireNonNull(corps, "checked by @NotBlank").strip(),
                Objects.requireNonNull(TypedDate.parse(publieLe), "checked by @FrenchDate"));
    }
}
