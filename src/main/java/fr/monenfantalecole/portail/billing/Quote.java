package fr.monenfantalecole.portail.billing;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A quote (devis) and, once accepted, the buyer's purchase order that invoices will carry. */
public record Quote(
        long id,
        long collectiviteId,
        long tarifVersionId,
        LocalDate debut,
        LocalDate fin,
        int moisFactures,
        long totalHtCents,
        long tvaCents,
        long totalTtcCents,
        Instant createdAt,
        @Nullable LocalDate accepteLe,
        @Nullable String engagementJuridique,
        @Nullable String codeService,
        @Nullable String siretPayeur,
        @Nullable String adressePayeur,
        @Nullable String courrielFacturation) {

    public String numero() {
        return "D-" + debut.getYear() + "-" + id;
    }

    public boolean accepted() {
        return accepteLe != null;
    }

    public Amounts amounts() {
        return new Amounts(totalHtCents, tvaCents, totalTtcCents);
    }

    /** One establishment of the quote: counted, or left out with the operator's reason. */
    public record School(
            String uai,
            String nom,
            String type,
            boolean compte,
            @Nullable String motif) {}

    /** What the buyer's accountant gave when ordering (Chorus Pro needs the first two). */
    public record Order(
            LocalDate accepteLe,
            String engagementJuridique,
            String codeService,
            String siretPayeur,
            String adressePayeur,
            String courrielFacturation) {}
}
