package fr.monenfantalecole.portail.periscolaire;

import fr.monenfantalecole.portail.service.SchoolYear;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A new activity as the collectivité types it; kept whole when the page comes back with an error
 * (bound as "activityForm": its messages are in i18n/periscolaire.properties). The rules that need
 * the collectivité's schools, grids and activities are {@link ActivityChecks}.
 */
public record ActivityForm(
        // Not @NotBlank: a blank choice is "not one of the collectivité's schools" (ActivityChecks).
        @NotNull(message = "{periscolaire.uai.notBlank}") @Nullable
        String uai,

        @NotBlank(message = "{periscolaire.type.notBlank}") @Nullable
        String type,

        @SchoolYear(message = "{periscolaire.anneeScolaire}") @Nullable
        String anneeScolaire,

        @NotNull(message = "{periscolaire.capacite.notNull}")
        @Min(value = 1, message = "{periscolaire.capacite.range}")
        @Max(value = 2000, message = "{periscolaire.capacite.range}")
        @Nullable
        Integer capacite,

        @Nullable List<Integer> jours,
        @Nullable Long prestationId,

        @NotNull(message = "{periscolaire.delaiJours.range}")
        @Min(value = 0, message = "{periscolaire.delaiJours.range}")
        @Max(value = 30, message = "{periscolaire.delaiJours.range}")
        @Nullable
        Integer delaiJours,

        @DateTimeFormat(pattern = "HH:mm") @Nullable LocalTime delaiHeure,

        @NotNull(message = "{periscolaire.debut.notNull}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
        LocalDate debut,

        @NotNull(message = "{periscolaire.fin.notNull}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
        LocalDate fin) {

    public boolean jour(int day) {
        return jours != null && jours.contains(day);
    }
}
