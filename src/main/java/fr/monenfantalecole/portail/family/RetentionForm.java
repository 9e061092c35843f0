package fr.monenfantalecole.portail.family;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/** The retention period of inactive family accounts, in months (bounds: {@code RetentionPeriod}). */
record RetentionForm(
        @NotNull(message = "{famille.conservation.notNull}")
        @Min(value = 13, message = "{famille.conservation.min}")
        @Max(value = 72, message = "{famille.conservation.max}")
        @Nullable
        Integer mois) {}
