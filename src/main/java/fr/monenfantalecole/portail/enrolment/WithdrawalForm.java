package fr.monenfantalecole.portail.enrolment;

import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/** Closing the online inscription, which needs its box ticked ("withdrawalForm"). */
record WithdrawalForm(
        @NotNull(message = "{inscription.confirmation}") @Nullable
        String confirmation) {}
