package fr.monenfantalecole.portail.billing.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** The operator's forms; their messages are in i18n/billing.properties, by form name. */
public final class BillingForms {

    static final String AMOUNT = "^\\s*\\d{1,9}([,.]\\d{1,2})?\\s*€?\\s*$";

    private BillingForms() {}

    /** A new version of the price list ("priceListForm"). */
    public record PriceListForm(
            @NotNull LocalDate valableDu,
            @NotBlank @Pattern(regexp = AMOUNT) String prixEcole,
            @NotBlank @Pattern(regexp = AMOUNT) String prixCollege,
            @NotBlank @Pattern(regexp = AMOUNT) String minimumAnnuel,
            @Pattern(regexp = "^$|" + AMOUNT) String prixEcoleEpci,
            @Pattern(regexp = "^$|" + AMOUNT) String prixEcoleDept,

            @NotBlank @Pattern(regexp = "^\\s*\\d{1,2}([,.]\\d{1,2})?\\s*$")
            String tauxTva,

            // a box left unchecked sends nothing: null, not a type error that would skip the other checks
            @Nullable Boolean prorataMensuel) {

        public boolean prorata() {
            return Boolean.TRUE.equals(prorataMensuel);
        }
    }

    /** The buyer's purchase order ("orderForm"). */
    public record OrderForm(
            // null only when the page prefills a renewal's order (validation refuses it when posted)
            @NotNull @Nullable LocalDate accepteLe,
            @NotBlank @Size(max = 50) String engagementJuridique,
            @NotBlank @Size(max = 100) String codeService,
            @NotBlank @Pattern(regexp = "^\\d{14}$") String siretPayeur,
            @NotBlank @Size(max = 200) String rue,
            @NotBlank @Pattern(regexp = "^\\d{5}$") String codePostal,
            @NotBlank @Size(max = 100) String ville,

            @NotBlank @jakarta.validation.constraints.Email @Size(max = 200)
            String courrielFacturation) {}

    /** A credit note on an invoice ("creditNoteForm"). */
    public record CreditNoteForm(
            @NotBlank @Pattern(regexp = AMOUNT) String montantHt,
            @NotBlank @Size(max = 200) String motif) {}

    /** A payment received ("paymentForm"). */
    public record PaymentForm(
            @NotNull LocalDate recuLe,
            @NotBlank @Pattern(regexp = AMOUNT) String montant,
            @NotBlank @Size(max = 50) String referenceMandat) {}

    static String orEmpty(@Nullable String value) {
        return value == null ? "" : value;
    }
}
