package fr.monenfantalecole.portail.billing;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Everything an invoice or credit note says, fixed when it is issued: the PDF and the XML are both
 * written from this.
 *
 * @param buyerAddress street on the first line, "postcode town" on the last
 */
record InvoiceDocument(
        Invoice.Nature nature,
        String numero,
        LocalDate emiseLe,
        LocalDate echeance,
        String libelle,
        LocalDate periodeDebut,
        LocalDate periodeFin,
        Amounts amounts,
        int tauxTvaCentiemes,
        String buyerName,
        @Nullable String buyerSiren,
        String buyerSiret,
        String buyerAddress,
        @Nullable String engagementJuridique,
        @Nullable String codeService,
        @Nullable String origineNumero,
        @Nullable LocalDate origineEmiseLe) {

    String buyerStreet() {
        int newline = buyerAddress.indexOf('\n');
        return (newline < 0 ? buyerAddress : buyerAddress.substring(0, newline)).strip();
    }

    String buyerPostcode() {
        String last = lastLine();
        return last.matches("\\d{5}\\s.+") ? last.substring(0, 5) : "";
    }

    String buyerTown() {
        String last = lastLine();
        return last.matches("\\d{5}\\s.+") ? last.substring(5).strip() : last;
    }

    private String lastLine() {
        int newline = buyerAddress.lastIndexOf('\n');
        return newline < 0 ? "" : buyerAddress.substring(newline + 1).strip();
    }
}
