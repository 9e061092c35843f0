package fr.monenfantalecole.portail.rubrique;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * A rubrique as the mairie types it: a title and the help shown to the directors (bound as
 * "rubriqueForm": its messages are in i18n/rubrique.properties).
 */
record RubriqueForm(
        @NotBlank @Size(max = 80) String titre,
        @Size(max = 500) String aide) {

    /** A missing field is an empty one; spaces around a title are no part of it. */
    RubriqueForm {
        titre = Objects.requireNonNullElse(titre, "").strip();
        aide = Objects.requireNonNullElse(aide, "").strip();
    }

    /** The page shows one message: the first field's, in the order of the form. */
    static String firstOf(Map<String, String> errors) {
        return Stream.of("titre", "aide")
                .map(errors::get)
                .filter(Objects::nonNull)
                .findFirst()
                .orElseGet(() -> errors.values().iterator().next());
    }
}
