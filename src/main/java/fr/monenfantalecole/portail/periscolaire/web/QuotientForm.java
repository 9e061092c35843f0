package fr.monenfantalecole.portail.periscolaire.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/** The quotient a parent declares: as typed ("742,50"), and where it comes from. */
public record QuotientForm(
        @NotBlank(message = "{periscolaire.quotient.notBlank}") @Nullable
        String quotient,

        @NotNull(message = "{periscolaire.origine.notNull}") @Nullable
        String origine) {}
