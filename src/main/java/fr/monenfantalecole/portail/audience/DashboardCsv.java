package fr.monenfantalecole.portail.audience;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The dashboard as one CSV a spreadsheet opens (UTF-8 with BOM, ";"): one line per figure, with the
 * table it belongs to, so that every table of the page is in it.
 */
final class DashboardCsv {

    private DashboardCsv() {}

    static String of(Dashboard d) {
        var out = new StringWriter();
        out.write('\uFEFF');
        try (var csv = new CSVPrinter(
                out,
                CSVFormat.DEFAULT
                        .builder()
                        .setDelimiter(';')
                        .setRecordSeparator("\r\n")
                        .get())) {
            csv.printRecord("tableau", "libellé", "valeur", "valeur 2", "valeur 3");
            csv.printRecord(
                    "période", d.period().du(), d.period().au(), d.period().pas(), "");
            csv.printRecord(
                    "total",
                    "vues",
                    d.totals().vues(),
                    "période précédente",
                    d.previous().vues());
            csv.printRecord(
                    "total",
                    "visites",
                    d.totals().visites(),
                    "période précédente",
                    d.previous().visites());
            csv.printRecord(
                    "total",
                    "visiteurs uniques (par jour)",
                    d.totals().visiteurs(),
                    "période précédente",
                    d.previous().visiteurs());
            csv.printRecord("total", "élèves des écoles (rentrée " + d.rentree() + ")", d.eleves(), "", "");
            for (var p : d.series()) {
                csv.printRecord(
                        "évolution (" + d.period().pas() + ")", p.debut(), p.visites(), p.vues(), p.visiteurs());
            }
            lines(csv, "pages par zone", d.zones());
            lines(csv, "fiches les plus lues", d.fiches());
            lines(csv, "pages d'école", d.ecoles());
            lines(csv, "canal d'entrée", d.canaux());
            lines(csv, "appareil", d.appareils());
            lines(csv, "communes membres (visites)", d.membres());
            csv.printRecord("recherches d'adresse (carte scolaire)", "", d.carteScolaire(), "", "");
            csv.printRecord("calculs du quotient familial", "", d.quotient(), "", "");
            csv.printRecord("connexions à l'espace famille", "", d.connexions(), "", "");
            for (var s : d.searches()) {
                csv.printRecord("recherches", s.requete(), s.recherches(), s.sansResultat(), s.clics());
            }
            for (var s : d.zeroResults()) {
                csv.printRecord("recherches sans résultat", s.requete(), s.recherches(), s.sansResultat(), s.clics());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static void lines(CSVPrinter csv, String table, List<Dashboard.Line> lines) throws IOException {
        for (var l : lines) {
            csv.printRecord(table, l.libelle(), l.valeur(), "", "");
        }
    }
}
