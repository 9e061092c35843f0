package fr.monenfantalecole.portail.billing;

import fr.monenfantalecole.portail.support.ForeignIds;
import fr.monenfantalecole.portail.support.IsolationTenant;
import fr.monenfantalecole.portail.tenant.Collectivites;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * A quote, its subscription and an issued invoice of the collectivité, for the isolation campaign.
 * Billing documents cannot be deleted (issued invoices are immutable): they stay, far in the future,
 * which is why the matrix runs on the context's invoiced communes ({@code Fixtures.invoiced()}).
 */
@Component
class BillingForeignIds implements ForeignIds {

    private final Collectivites collectivites;
    private final Quoting quoting;
    private final PriceLists prices;
    private final InvoiceIssuing issuing;

    BillingForeignIds(Collectivites collectivites, Quoting quoting, PriceLists prices, InvoiceIssuing issuing) {
        this.collectivites = collectivites;
        this.quoting = quoting;
        this.prices = prices;
        this.issuing = issuing;
    }

    @Override
    public void create(IsolationTenant t) {
        var collectivite = collectivites.findBySlug(t.slug()).orElseThrow();
        // A year no other test subscribes the matrix's communes for (each is invoiced once per context).
        var start = LocalDate.of(2091, 1, 1);
        var subscription =
                InvoiceNumberingIntegrationTest.subscribe(quoting, prices, collectivite, start, "EJ-MATRICE");
        t.put("abonnement", String.valueOf(subscription.id()));
        t.put("devis", String.valueOf(subscription.devisId()));
        t.put("facture", String.valueOf(issuing.invoice(subscription.id(), null).id()));
    }

    @Override
    public @Nullable String value(String pattern, String segment, String variable, IsolationTenant t) {
        return switch (variable) {
            case "year" -> "2070";
            case "id" ->
                switch (segment) {
                    case "abonnements" -> t.get("abonnement");
                    case "devis" -> t.get("devis");
                    case "factures" -> t.get("facture");
                    default -> null;
                };
            default -> null;
        };
    }
}
