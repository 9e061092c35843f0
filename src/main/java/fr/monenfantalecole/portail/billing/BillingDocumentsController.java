package fr.monenfantalecole.portail.billing;

import fr.monenfantalecole.portail.account.AdminController;
import fr.monenfantalecole.portail.account.StaffPrincipal;
import fr.monenfantalecole.portail.tenant.Collectivite;
import fr.monenfantalecole.portail.tenant.Collectivites;
import fr.monenfantalecole.portail.tenant.Managed;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * PDF downloads: the operator reaches every document; a collectivité only its own, through its
 * {@code @Managed} route (another's id: 404).
 */
@AdminController
class BillingDocumentsController {

    private final Invoices invoices;
    private final Quotes quotes;
    private final QuotePdf quotePdf;
    private final Collectivites collectivites;

    BillingDocumentsController(Invoices invoices, Quotes quotes, QuotePdf quotePdf, Collectivites collectivites) {
        this.invoices = invoices;
        this.quotes = quotes;
        this.quotePdf = quotePdf;
        this.collectivites = collectivites;
    }

    @GetMapping("/admin/facturation/factures/{id:[0-9]+}/pdf")
    ResponseEntity<byte[]> operatorInvoice(@AuthenticationPrincipal StaffPrincipal user, @PathVariable long id) {
        OperatorOnly.require(user);
        return invoice(invoices.find(id));
    }

    @GetMapping("/admin/facturation/devis/{id:[0-9]+}/pdf")
    ResponseEntity<byte[]> operatorQuote(@AuthenticationPrincipal StaffPrincipal user, @PathVariable long id) {
        OperatorOnly.require(user);
        var quote = quotes.find(id);
        return pdf(
                quote.numero() + ".pdf",
                quotePdf.write(collectivites.findById(quote.collectiviteId()).orElseThrow(), quote));
    }

    @GetMapping("/admin/{slug}/abonnement/factures/{id:[0-9]+}/pdf")
    ResponseEntity<byte[]> ownInvoice(@Managed Collectivite collectivite, @PathVariable long id) {
        return invoice(invoices.find(collectivite.id(), id));
    }

    @GetMapping("/admin/{slug}/abonnement/devis/{id:[0-9]+}/pdf")
    ResponseEntity<byte[]> ownQuote(@Managed Collectivite collectivite, @PathVariable long id) {
        var quote = quotes.find(collectivite.id(), id);
        return pdf(quote.numero() + ".pdf", quotePdf.write(collectivite, quote));
    }

    private ResponseEntity<byte[]> invoice(Invoice invoice) {
        return pdf(invoice.fileName(), invoices.pdf(invoice.id()));
    }

    private static ResponseEntity<byte[]> pdf(String name, byte[] content) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name).build().toString())
                .body(content);
    }
}
