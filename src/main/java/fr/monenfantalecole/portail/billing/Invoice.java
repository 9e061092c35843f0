package fr.monenfantalecole.portail.billing;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** An issued invoice or credit note, as stored (its PDF and XML are read separately). */
public record Invoice(
        long id,
        long collectiviteId,
        long abonnementId,
        Nature nature,
        String numero,
        @Nullable Long factureOrigineId,
        LocalDate emiseLe,
        LocalDate echeance,
        String libelle,
        LocalDate periodeDebut,
        LocalDate periodeFin,
        long totalHtCents,
        long tvaCents,
        long totalTtcCents,
        int tauxTvaCentiemes,
        @Nullable String engagementJuridique,
        @Nullable String codeService) {

    public enum Nature {
        FACTURE("F", "Facture"),
        AVOIR("AV", "Avoir");

        private final String serie;
        private final String libelle;

        Nature(String serie, String libelle) {
            this.serie = serie;
            this.libelle = libelle;
        }

        public String serie() {
            return serie;
        }

        public String libelle() {
            return libelle;
        }
    }

    public boolean creditNote() {
        return nature == Nature.AVOIR;
    }

    public String fileName() {
        return numero + ".pdf";
    }
}
