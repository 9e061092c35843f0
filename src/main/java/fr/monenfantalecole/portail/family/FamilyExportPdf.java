package fr.monenfantalecole.portail.family;

import fr.monenfantalecole.portail.shared.PdfText;
import fr.monenfantalecole.portail.shared.PortailClock;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** The export as a PDF a parent can read and print: one section per kind of data, in plain French. */
public final class FamilyExportPdf {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/uuuu");
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("dd/MM/uuuu HH:mm").withZone(PortailClock.ZONE);
    private static final float MARGIN = 50;
    private static final float LEADING = 14;
    private static final int WRAP = 95;

    private FamilyExportPdf() {}

    public static byte[] write(FamilyExport.Data data, String portal) {
        var lines = lines(data, portal);
        try (var document = new PDDocument();
                var out = new ByteArrayOutputStream()) {
            var regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            var bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
            document.getDocumentInformation().setTitle("Mes données — " + portal);
            PDPageContentStream stream = null;
            float y = 0;
            for (String line : lines) {
                if (stream == null || y < MARGIN) {
                    if (stream != null) {
                        stream.endText();
                        stream.close();
                    }
                    var page = new PDPage(PDRectangle.A4);
                    document.addPage(page);
                    stream = new PDPageContentStream(document, page);
                    stream.beginText();
                    y = page.getMediaBox().getHeight() - MARGIN;
                    stream.newLineAtOffset(MARGIN, y);
                }
                boolean title = line.startsWith("# ");
                stream.setFont(title ? bold : regular, title ? 13 : 10);
                stream.showText(PdfText.printable(title ? line.substring(2) : line, title ? bold : regular));
                stream.newLineAtOffset(0, -LEADING);
                y -= LEADING;
            }
            if (stream != null) {
                stream.endText();
                stream.close();
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> lines(FamilyExport.Data data, String portal) {
        var lines = new ArrayList<String>();
        var a = data.compte();
        lines.add("# Mes données — compte famille du portail de " + portal);
        lines.add("Export du " + TIME.format(data.exporteLe()) + ". Le fichier JSON contient les mêmes données.");
        lines.add("");
        lines.add("# Mon compte");
        lines.add("Nom : " + a.nom() + " — Prénom(s) : " + a.prenoms());
        lines.add("Adresse électronique : " + a.email() + (a.verifie() ? " (confirmée)" : " (non confirmée)"));
        lines.add("Téléphone : " + orNone(a.telephone()));
        lines.add("Adresse : " + (a.adresseComplete().isBlank() ? "non renseignée" : a.adresseComplete()));
        lines.add("Être contacté par courriel : " + (a.contactCourriel() ? "oui" : "non") + " — par SMS : "
                + (a.contactSms() ? "oui" : "non"));
        lines.add("Consentement : version " + a.consentementVersion() + ", le " + TIME.format(a.consentementLe()));
        lines.add("Compte créé le " + TIME.format(a.creeLe())
                + (a.oidcIssuer() == null ? "" : " — connexion FranceConnect liée"));
        lines.add("");
        lines.add("# Mes enfants");
        if (data.enfants().isEmpty()) {
            lines.add("Aucun enfant.");
        }
        for (var c : data.enfants()) {
            lines.add(c.nomComplet() + ", né(e) le " + DAY.format(c.dateNaissance()) + ", sexe " + c.sexe()
                    + " — école " + orNone(c.uai()) + ", classe " + c.classeLibelle() + " (" + orNone(c.anneeScolaire())
                    + ")" + (c.pai() ? " — PAI signalé" : ""));
        }
        lines.add("");
        lines.add("# Autres responsables de mes enfants");
        data.autresResponsables().forEach(p -> lines.add(p.nom() + " — pour : " + p.enfants()));
        if (data.autresResponsables().isEmpty()) {
            lines.add("Aucun.");
        }
        lines.add("");
        lines.add("# Adultes autorisés à venir chercher mes enfants");
        data.adultesAutorises()
                .forEach(p -> lines.add(p.prenoms() + " " + p.nom() + " (" + p.lien() + ") — " + p.telephone()));
        if (data.adultesAutorises().isEmpty()) {
            lines.add("Aucun.");
        }
        lines.add("");
        lines.add("# Invitations envoyées");
        data.invitationsEnvoyees()
                .forEach(i -> lines.add(i.email() + " — " + orNone(i.enfants()) + " — envoyée, expire le "
                        + TIME.format(i.expireLe())));
        if (data.invitationsEnvoyees().isEmpty()) {
            lines.add("Aucune.");
        }
        for (var section : data.teleservices()) {
            lines.add("");
            lines.add("# " + section.titre());
            lines.addAll(section.lignes().isEmpty() ? List.of("Aucune.") : section.lignes());
        }
        lines.add("");
        for (var section : data.teleservices()) {
            lines.add("# " + section.titre());
            lines.addAll(section.lignes().isEmpty() ? List.of("Aucune.") : section.lignes());
            lines.add("");
        }
        lines.add("# Journal de mon compte");
        data.journal()
                .forEach(e -> lines.add(TIME.format(e.le()) + " — " + e.action()
                        + (e.detail().isEmpty() ? "" : " : " + e.detail()) + " (par " + e.par() + ")"));
        return lines.stream().flatMap(l -> wrap(l).stream()).toList();
    }

    private static String orNone(@org.jspecify.annotations.Nullable String text) {
        return text == null || text.isBlank() ? "non renseigné" : text;
    }

    private static List<String> wrap(String line) {
        var out = new ArrayList<String>();
        String rest = line;
        while (rest.length() > WRAP) {
            int cut = rest.lastIndexOf(' ', WRAP);
            cut = cut <= 0 ? WRAP : cut;
            out.add(rest.substring(0, cut));
            rest = "   " + rest.substring(cut).strip();
        }
        out.add(rest);
        return out;
    }
}
