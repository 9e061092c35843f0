package fr.monenfantalecole.portail.billing;

import fr.monenfantalecole.portail.tenant.Collectivite;
import fr.monenfantalecole.portail.tenant.Collectivites;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.stereotype.Component;

/** Exports for accounting, as French spreadsheets open them: UTF-8 with its BOM, semicolons, decimal commas. */
@Component
class BillingCsv {

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT
            .builder()
            .setDelimiter(';')
            .setRecordSeparator("\r\n")
            .get();

    private final Invoices invoices;
    private final Payments payments;
    private final Collectivites collectivites;

    BillingCsv(Invoices invoices, Payments payments, Collectivites collectivites) {
        this.invoices = invoices;
        this.payments = payments;
        this.collectivites = collectivites;
    }

    public byte[] invoices(LocalDate from, LocalDate to) {
        return write(
                List.of(
                        "Numéro",
                        "Nature",
                        "Date",
                        "Échéance",
                        "Collectivité",
                        "SIREN",
                        "Facture d'origine",
                        "Total HT",
                        "TVA",
                        "Total TTC",
                        "Engagement juridique",
                        "Code service"),
                invoices.issuedBetween(from, to).stream()
                        .map(i -> List.of(
                                i.numero(),
                                i.nature().libelle(),
                                InvoicePdf.day(i.emiseLe()),
                                InvoicePdf.day(i.echeance()),
                                name(i.collectiviteId()),
                                siren(i.collectiviteId()),
                                i.factureOrigineId() == null
                                        ? ""
                                        : invoices.find(i.factureOrigineId()).numero(),
                                amount(i.totalHtCents()),
                                amount(i.tvaCents()),
                                amount(i.totalTtcCents()),
                                orEmpty(i.engagementJuridique()),
                                orEmpty(i.codeService())))
                        .toList());
    }

    public byte[] payments(LocalDate from, LocalDate to) {
        return write(
                List.of("Date", "Facture", "Collectivité", "Montant", "Référence du mandat"),
                payments.receivedBetween(from, to).stream()
                        .map(p -> List.of(
                                InvoicePdf.day(p.recuLe()),
                                p.numero(),
                                name(p.collectiviteId()),
                                amount(p.montantCents()),
                                p.referenceMandat()))
                        .toList());
    }

    private String name(long id) {
        return collectivites.findById(id).map(Collectivite::nom).orElse("");
    }

    private String siren(long id) {
        return collectivites
                .findById(id)
                .map(Collectivite::siren)
                .map(String::valueOf)
                .orElse("");
    }

    private static String amount(long cents) {
        return Euros.decimal(cents).toPlainString().replace('.', ',');
    }

    private static String orEmpty(@org.jspecify.annotations.Nullable String value) {
        return value == null ? "" : value;
    }

    private static byte[] write(List<String> header, List<List<String>> rows) {
        var out = new StringWriter();
        out.write('\uFEFF');
        try (var printer = new CSVPrinter(out, FORMAT)) {
            printer.printRecord(header);
            for (var row : rows) {
                printer.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }
}
