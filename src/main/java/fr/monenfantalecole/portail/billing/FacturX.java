package fr.monenfantalecole.portail.billing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Date;
import org.mustangproject.BankDetails;
import org.mustangproject.Item;
import org.mustangproject.LegalOrganisation;
import org.mustangproject.Product;
import org.mustangproject.SchemedID;
import org.mustangproject.TradeParty;
import org.mustangproject.ZUGFeRD.Profiles;
import org.mustangproject.ZUGFeRD.ZUGFeRDExporterFromA3;
import org.springframework.stereotype.Component;

/**
 * Writes an invoice or credit note as Factur-X: the visible PDF turned into PDF/A-3 with its CII XML
 * (profile EN 16931) embedded, by Mustang. Chorus Pro reads the code service as the buyer reference
 * (BT-10) and the engagement juridique as the purchase order reference (BT-13); SIRETs are the legal
 * registration identifiers with scheme 0009.
 */
@Component
class FacturX {

    static final String SIRET_SCHEME = "0009";

    private final Seller seller;

    FacturX(Seller seller) {
        this.seller = seller;
    }

    /** The PDF/A-3 and the XML it embeds. */
    public Written write(InvoiceDocument d) {
        byte[] visible = InvoicePdf.write(seller, d);
        try (var exporter = new ZUGFeRDExporterFromA3()
                        .ignorePDFAErrors()
                        .load(visible)
                        .setProducer("Mon enfant à l'école")
                        .setCreator(seller.nom())
                        .setZUGFeRDVersion(2)
                        .setProfile(Profiles.getByName("EN16931"));
                var out = new ByteArrayOutputStream()) {
            exporter.setTransaction(transaction(d));
            exporter.export(out);
            String xml = new String(exporter.getProvider().getXML(), StandardCharsets.UTF_8);
            return new Written(out.toByteArray(), xml);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private org.mustangproject.Invoice transaction(InvoiceDocument d) {
        var invoice = new org.mustangproject.Invoice()
                .setNumber(d.numero())
                .setIssueDate(date(d.emiseLe()))
                .setDueDate(date(d.echeance()))
                .setDeliveryDate(date(d.periodeDebut()))
                .setDetailedDeliveryPeriod(date(d.periodeDebut()), date(d.periodeFin()))
                .setCurrency("EUR")
                .setSender(sellerParty())
                .setRecipient(buyerParty(d))
                .setPaymentTermDescription(paymentTerms(d))
                .addItem(new Item(
                        new Product(d.libelle(), "", "C62", Euros.percent(d.tauxTvaCentiemes())),
                        Euros.decimal(d.amounts().htCents()),
                        BigDecimal.ONE));
        if (d.codeService() != null && !d.codeService().isBlank()) {
            invoice.setReferenceNumber(d.codeService());
        }
        if (d.engagementJuridique() != null && !d.engagementJuridique().isBlank()) {
            invoice.setBuyerOrderReferencedDocumentID(d.engagementJuridique());
        }
        if (d.nature() == Invoice.Nature.AVOIR && d.origineNumero() != null && d.origineEmiseLe() != null) {
            invoice.setCreditNote();
            invoice.setInvoiceReferencedDocumentID(d.origineNumero());
            invoice.setInvoiceReferencedIssueDate(date(d.origineEmiseLe()));
        }
        return invoice;
    }

    private TradeParty sellerParty() {
        return new TradeParty(seller.nom(), seller.rue(), seller.codePostal(), seller.ville(), "FR")
                .addVATID(seller.tva())
                .setLegalOrganisation(new LegalOrganisation(new SchemedID(SIRET_SCHEME, seller.siret()), seller.nom()))
                .addBankDetails(new BankDetails(seller.iban(), seller.bic()))
                .setEmail(seller.courriel());
    }

    private static TradeParty buyerParty(InvoiceDocument d) {
        var party = new TradeParty(d.buyerName(), d.buyerStreet(), d.buyerPostcode(), d.buyerTown(), "FR")
                .setLegalOrganisation(
                        new LegalOrganisation(new SchemedID(SIRET_SCHEME, d.buyerSiret()), d.buyerName()));
        if (d.buyerSiren() != null) {
            party.addVATID(VatNumbers.french(d.buyerSiren()));
        }
        return party;
    }

    private String paymentTerms(InvoiceDocument d) {
        String terms = d.nature() == Invoice.Nature.AVOIR
                ? "Avoir à déduire de la facture " + d.origineNumero() + "."
                : "Paiement à " + seller.delaiPaiementJours() + " jours par virement, sans escompte.";
        return terms + " " + String.join(" ", InvoicePdf.penalties());
    }

    private static Date date(LocalDate day) {
        // Mustang formats dates in the JVM's zone: noon keeps the same day in every zone.
        return Date.from(day.atTime(12, 0).atZone(java.time.ZoneOffset.UTC).toInstant());
    }

    /** The Factur-X PDF and its XML. */
    public record Written(byte[] pdf, String xml) {}
}
