package fr.monenfantalecole.portail.family;

import fr.monenfantalecole.portail.shared.PdfLineWriter;
import fr.monenfantalecole.portail.shared.PortailClock;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** The export as a PDF a parent can read and print: one section per kind of data, in plain French. */
final class FamilyExportPdf {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/uuuu");
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("dd/MM/uuuu HH:mm").withZone(PortailClock.ZONE);
    private static final int WRAP = 95;

    private FamilyExportPdf() {}

    public static byte[] write(FamilyExport.Data data, String portal) {
        return PdfLineWriter.write(
                "Mes données — " + portal,
                lines(data, portal),
                WRAP,
                document -> new PdfLineWriter.Fonts(
                        new PDType1Font(Standard14Fonts.FontName.HELVETICA),
                        new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD)));
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
        return lines.stream().flatMap(l -> PdfLineWriter.wrap(l, WRAP).stream()).toList();
    }

    private static String orNone(@org.jspecify.annotations.Nullable String text) {
        return text == null || text.isBlank() ? "non renseigné" : text;
    }
}
