package fr.monenfantalecole.portail.billing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.mustangproject.validator.ZUGFeRDValidator;

class FacturXTest {

    static final Seller SELLER = new Seller(
            "Mon enfant à l'école SAS",
            "SAS au capital de 10 000 €, RCS Rennes",
            "732829320",
            "73282932000074",
            "FR44732829320",
            "1 rue de la Plateforme",
            "35000",
            "Rennes",
            "FR7630006000011234567890189",
            "AGRIFRPP",
            "facturation@monenfant.demo",
            30,
            List.of(15, 30, 60),
            90,
            java.nio.file.Path.of("target/chorus-test"));

    static InvoiceDocument invoice() {
        return document(
                Invoice.Nature.FACTURE,
                "F-2027-00001",
                LocalDate.of(2027, 3, 1),
                LocalDate.of(2027, 3, 31),
                "Abonnement au portail Mon enfant à l'école — 9 établissements",
                56_250,
                null,
                null);
    }

    static InvoiceDocument creditNote() {
        return document(
                Invoice.Nature.AVOIR,
                "AV-2027-00001",
                LocalDate.of(2027, 3, 10),
                LocalDate.of(2027, 3, 10),
                "Avoir partiel : école fermée en cours d'année",
                6_250,
                "F-2027-00001",
                LocalDate.of(2027, 3, 1));
    }

    /** One fixture for both: Fougères's 2027 period and purchase order, the document's own fields apart. */
    private static InvoiceDocument document(
            Invoice.Nature nature,
            String numero,
            LocalDate issued,
            LocalDate due,
            String label,
            long htCents,
            @Nullable String originNumero,
            @Nullable LocalDate originIssued) {
        return new InvoiceDocument(
                nature,
                numero,
                issued,
                due,
                label,
                LocalDate.of(2027, 3, 1),
                LocalDate.of(2027, 12, 31),
                Pricing.withVat(htCents, 2_000),
                2_000,
                "Fougères",
                "213501158",
                "21350115800013",
                "2 rue Nationale\n35300 Fougères",
                "EJ-2027-0042",
                "EDUCATION",
                originNumero,
                originIssued);
    }

    @Test
    void anInvoiceIsValidFacturXWithTheChorusProFieldsWhereTheStandardPutsThem() throws Exception {
        var written = new FacturX(SELLER).write(invoice());
        assertValid(written.pdf());
        assertThat(written.xml())
                .contains("<ram:BuyerReference>EDUCATION</ram:BuyerReference>")
                .contains("<ram:BuyerOrderReferencedDocument>")
                .contains("EJ-2027-0042")
                .contains("schemeID=\"0009\">21350115800013<")
                .contains("urn:cen.eu:en16931:2017")
                .contains("<ram:TypeCode>380</ram:TypeCode>")
                .contains("675.00");
    }

    @Test
    void aCreditNoteIsValidFacturXAndNamesItsInvoice() throws Exception {
        var written = new FacturX(SELLER).write(creditNote());
        assertValid(written.pdf());
        assertThat(written.xml()).contains("<ram:TypeCode>381</ram:TypeCode>").contains("F-2027-00001");
    }

    @Test
    void thePdfReadsBackWithTheFrenchMentions() throws Exception {
        var written = new FacturX(SELLER).write(invoice());
        try (var pdf = Loader.loadPDF(written.pdf())) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text)
                    .contains("Facture n° F-2027-00001")
                    .contains("Date d'émission : 01/03/2027")
                    .contains("SIREN 732829320")
                    .contains("SIRET 21350115800013")
                    .contains("N° TVA FR44732829320")
                    .contains("Engagement juridique : EJ-2027-0042")
                    .contains("Total HT : 562,50 €")
                    .contains("TVA : 112,50 €")
                    .contains("Total TTC : 675,00 €")
                    .contains("31/03/2027")
                    .contains("40 €");
            assertThat(pdf.getDocumentCatalog().getNames().getEmbeddedFiles().getNames())
                    .containsKey("factur-x.xml");
        }
    }

    static void assertValid(byte[] pdf) {
        var validator = new ZUGFeRDValidator();
        String report = validator.validate(pdf, "facture.pdf");
        assertThat(report).doesNotContain("<error").doesNotContain("status=\"invalid\"");
        assertThat(validator.wasCompletelyValid()).as(report).isTrue();
    }
}
