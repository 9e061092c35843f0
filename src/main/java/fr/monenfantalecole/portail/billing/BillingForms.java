package fr.monenfantalecole.portail.billing;

import fr.monenfantalecole.portail.shared.web.EuroAmount;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The operator's forms; their messages are in i18n/billing.properties, by form name. Amounts are
 * typed in euros ("75,00", "1 234,50 €": {@link EuroAmount}); the VAT rate in per cent.
 */
public final class BillingForms {

    private BillingForms() {}

    /** A new version of the price list ("priceListForm"). */
    public record PriceListForm(
            @NotNull LocalDate valableDu,
            @NotBlank @EuroAmount String prixEcole,
            @NotBlank @EuroAmount String prixCollege,
            @NotBlank @EuroAmount String minimumAnnuel,
            @EuroAmount String prixEcoleEpci,
            @EuroAmount String prixEcoleDept,

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
            @NotBlank @EuroAmount String montantHt,
            @NotBlank @Size(max = 200) String motif) {}

    /** A payment received ("paymentForm"). */
    public record PaymentForm(
            @NotNull LocalDate recuLe,
            @NotBlank @EuroAmount String montant,
            @NotBlank @Size(max = 50) String referenceMandat) {}

    static String orEmpty(@Nullable String value) {
        return value == null ? "" : value;
    }
}
