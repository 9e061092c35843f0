package fr.monenfantalecole.portail.billing;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The visible page of an invoice or credit note, with every mention French law asks for. */
final class InvoicePdf {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/uuuu");

    private InvoicePdf() {}

    static byte[] write(Seller seller, InvoiceDocument d) {
        return PdfLines.write(d.nature().libelle() + " " + d.numero(), lines(seller, d));
    }

    static List<String> lines(Seller seller, InvoiceDocument d) {
        var lines = new ArrayList<String>();
        lines.add("# " + d.nature().libelle() + " n° " + d.numero());
        lines.add("Date d'émission : " + DAY.format(d.emiseLe()));
        if (d.origineNumero() != null && d.origineEmiseLe() != null) {
            lines.add("Avoir sur la facture n° " + d.origineNumero() + " du " + DAY.format(d.origineEmiseLe()));
        }
        lines.add("");
        lines.add("# Vendeur");
        lines.add(seller.nom() + " — " + seller.forme());
        lines.add(seller.adresse());
        lines.add("SIREN " + seller.siren() + " — SIRET " + seller.siret() + " — N° TVA " + seller.tva());
        lines.add("");
        lines.add("# Acheteur");
        lines.add(d.buyerName());
        lines.addAll(List.of(d.buyerAddress().split("\n")));
        String siren = d.buyerSiren();
        lines.add((siren == null ? "" : "SIREN " + siren + " — ") + "SIRET " + d.buyerSiret()
                + (siren == null ? "" : " — N° TVA " + VatNumbers.french(siren)));
        lines.add("Engagement juridique : " + orNone(d.engagementJuridique()) + " — Code service : "
                + orNone(d.codeService()));
        lines.add("");
        lines.add("# Détail");
        lines.add(d.libelle());
        lines.add("Période : du " + DAY.format(d.periodeDebut()) + " au " + DAY.format(d.periodeFin()));
        lines.add(
                "Quantité : 1 — Prix unitaire HT : " + Euros.format(d.amounts().htCents()) + " — TVA "
                        + Euros.percent(d.tauxTvaCentiemes())
                                .stripTrailingZeros()
                                .toPlainString()
                                .replace('.', ',') + " %");
        lines.add("");
        lines.add("Total HT : " + Euros.format(d.amounts().htCents()));
        lines.add("TVA : " + Euros.format(d.amounts().tvaCents()));
        lines.add("Total TTC : " + Euros.format(d.amounts().ttcCents()));
        lines.add("");
        lines.add("# Règlement");
        if (d.nature() == Invoice.Nature.AVOIR) {
            lines.add("Montant porté au crédit de l'acheteur, à déduire de la facture d'origine.");
        } else {
            lines.add("À payer au plus tard le " + DAY.format(d.echeance()) + " (" + seller.delaiPaiementJours()
                    + " jours), par virement : IBAN " + seller.iban() + " — BIC " + seller.bic() + ".");
            lines.add("Pas d'escompte pour paiement anticipé.");
        }
        lines.addAll(penalties());
        lines.add("");
        lines.add("Facture électronique Factur-X (profil EN 16931) : le fichier XML joint fait foi.");
        return lines;
    }

    /** What a public buyer owes for paying late (code de la commande publique, code de commerce). */
    static List<String> penalties() {
        return List.of(
                "En cas de retard de paiement : intérêts moratoires au taux de la Banque centrale européenne majoré de "
                        + "8 points (articles L2192-13 et R2192-31 du code de la commande publique),",
                "et indemnité forfaitaire pour frais de recouvrement de 40 € (articles L441-10 et D441-5 du code de commerce).");
    }

    static String day(LocalDate date) {
        return DAY.format(date);
    }

    private static String orNone(@Nullable String value) {
        return value == null || value.isBlank() ? "non communiqué" : value;
    }
}
