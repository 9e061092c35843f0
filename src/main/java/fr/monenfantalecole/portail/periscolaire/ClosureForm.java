package fr.monenfantalecole.portail.periscolaire;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** A day the collectivité closes its periscolaire services, and why. */
public record ClosureForm(
        @NotNull(message = "{periscolaire.debut.notNull}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
        LocalDate jour,

        @NotBlank(message = "{periscolaire.motif.notBlank}") @Size(max = 200) @Nullable
        String motif) {}
