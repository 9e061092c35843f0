package fr.monenfantalecole.portail.billing;

import fr.monenfantalecole.portail.tenant.Collectivite;
import java.util.ArrayList;
import org.springframework.stereotype.Component;

/** The quote as a PDF the collectivité can sign and send back with its purchase order. */
@Component
class QuotePdf {

    private final Seller seller;
    private final Quotes quotes;
    private final PriceLists prices;

    QuotePdf(Seller seller, Quotes quotes, PriceLists prices) {
        this.seller = seller;
        this.quotes = quotes;
        this.prices = prices;
    }

    public byte[] write(Collectivite collectivite, Quote quote) {
        var priceList = prices.find(quote.tarifVersionId()).orElseThrow();
        var lines = new ArrayList<String>();
        lines.add("# Devis n° " + quote.numero());
        lines.add("Établi le "
                + InvoicePdf.day(quote.createdAt()
                        .atZone(fr.monenfantalecole.portail.shared.PortailClock.ZONE)
                        .toLocalDate())
                + ", valable trois mois.");
        lines.add("");
        lines.add("# " + seller.nom());
        lines.add(seller.adresse() + " — SIREN " + seller.siren() + " — N° TVA " + seller.tva());
        lines.add("");
        lines.add("# Pour : " + collectivite.nom()
                + (collectivite.siren() == null ? "" : " (SIREN " + collectivite.siren() + ")"));
        lines.add("Abonnement au portail Mon enfant à l'école du " + InvoicePdf.day(quote.debut()) + " au "
                + InvoicePdf.day(quote.fin()) + " (" + quote.moisFactures() + " mois sur 12).");
        lines.add("Tarif en vigueur du " + InvoicePdf.day(priceList.valableDu()) + " : "
                + Euros.format(priceList.prixEcoleCents())
                + " HT par école et par an, " + Euros.format(priceList.prixCollegeCents()) + " par collège, au minimum "
                + Euros.format(priceList.minimumAnnuelCents()) + " HT par an.");
        lines.add("");
        lines.add("# Établissements de l'Annuaire de l'éducation");
        for (var s : quotes.schools(quote.id())) {
            lines.add((s.compte() ? "Compté : " : "Non compté : ") + s.nom() + " (" + s.uai() + ")"
                    + (s.compte() ? "" : " — " + s.motif()));
        }
        lines.add("");
        lines.add("Total HT : " + Euros.format(quote.totalHtCents()));
        lines.add("TVA : " + Euros.format(quote.tvaCents()));
        lines.add("Total TTC : " + Euros.format(quote.totalTtcCents()));
        lines.add("");
        lines.add("Pour accepter ce devis, adressez-nous votre bon de commande avec le numéro d'engagement juridique,");
        lines.add(
                "le code service et le SIRET de l'entité qui paie : ils figureront sur la facture déposée sur Chorus Pro.");
        lines.addAll(InvoicePdf.penalties());
        return PdfLines.write("Devis " + quote.numero(), lines);
    }
}
