package fr.monenfantalecole.portail.enrolment;

import fr.monenfantalecole.portail.school.Etablissement;
import fr.monenfantalecole.portail.shared.PdfText;
import fr.monenfantalecole.portail.shared.PortailClock;
import fr.monenfantalecole.portail.tenant.Collectivite;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * The certificat d'inscription of an accepted request, written from the request as it is stored (so
 * the family and the agent download the same words): the family takes it to the school's director.
 */
final class Certificate {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.FRENCH);

    private Certificate() {}

    /** The lines of the certificate, its title first. */
    static List<String> lines(Request r, Collectivite c, Etablissement school) {
        var decided = r.decideLe() == null ? r.modifieLe() : r.decideLe();
        return List.of(
                "Certificat d'inscription scolaire",
                c.nom(),
                "",
                "Demande n° " + r.numero(),
                "",
                "Le maire certifie que l'enfant " + r.enfant() + ",",
                "né(e) le " + r.enfantNaissance().format(DAY) + ",",
                "est inscrit(e) pour l'année scolaire " + r.anneeScolaire() + " en " + r.classe(),
                "à l'école " + school.nom() + ",",
                school.adresseComplete() + ".",
                "",
                "Présentez ce certificat au directeur ou à la directrice de l'école pour l'admission.",
                "",
                "Fait le " + decided.atZone(PortailClock.ZONE).toLocalDate().format(DAY) + ".");
    }

    public static byte[] pdf(Request r, Collectivite c, Etablissement school) {
        if (r.etat() != Statut.ACCEPTEE) {
            throw new IllegalStateException("Certificat d'une demande non acceptée");
        }
        var lines = lines(r, c, school);
        try (var document = new PDDocument();
                var out = new ByteArrayOutputStream()) {
            var regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            var bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
            document.getDocumentInformation().setTitle("Certificat d'inscription " + r.numero());
            var page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (var stream = new PDPageContentStream(document, page)) {
                stream.beginText();
                stream.newLineAtOffset(60, page.getMediaBox().getHeight() - 80);
                for (int i = 0; i < lines.size(); i++) {
                    var font = i == 0 ? bold : regular;
                    stream.setFont(font, i == 0 ? 16 : 11);
                    stream.showText(PdfText.printable(lines.get(i), font));
                    stream.newLineAtOffset(0, i == 0 ? -26 : -17);
                }
                stream.endText();
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
