package fr.monenfantalecole.portail.billing;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** One period of a collectivité's subscription, from an accepted quote; a renewal is the next period. */
public record Subscription(
        long id,
        long collectiviteId,
        long devisId,
        LocalDate debut,
        LocalDate fin,
        @Nullable Long renouvelleId,
        @Nullable LocalDate avisRenouvellementLe) {

    public boolean lapsedOn(LocalDate day) {
        return fin.isBefore(day);
    }

    public boolean activeOn(LocalDate day) {
        return !debut.isAfter(day) && !fin.isBefore(day);
    }
}
