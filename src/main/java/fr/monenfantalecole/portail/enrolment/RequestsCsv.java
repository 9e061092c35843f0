package fr.monenfantalecole.portail.enrolment;

import fr.monenfantalecole.portail.shared.PortailClock;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;

/**
 * The agents' export of the queue as Excel opens it on a French Windows: UTF-8 with its BOM (else
 * the accents are garbled), semicolons, CRLF, dates as dd/MM/yyyy; a cell a spreadsheet would read as
 * a formula starts with an apostrophe (OWASP, CSV injection).
 */
final class RequestsCsv {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/uuuu");

    private static final CSVFormat EXCEL = CSVFormat.DEFAULT
            .builder()
            .setDelimiter(';')
            .setRecordSeparator("\r\n")
            .setHeader(
                    "Numéro",
                    "Déposée le",
                    "État",
                    "Nom de l'enfant",
                    "Prénoms",
                    "Date de naissance",
                    "Année scolaire",
                    "Classe",
                    "UAI demandée",
                    "École demandée",
                    "UAI de secteur",
                    "Dérogation",
                    "Motif",
                    "Précisions",
                    "Motif du refus",
                    "Décidée le")
            .get();

    private RequestsCsv() {}

    public static byte[] write(List<Request> requests, Function<String, String> schoolName) {
        var out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        try (var printer = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8), EXCEL)) {
            for (Request r : requests) {
                printer.printRecord(
                        r.numero(),
                        day(r.deposeLe()),
                        r.etat().libelle(),
                        text(r.enfantNom()),
                        text(r.enfantPrenoms()),
                        r.enfantNaissance().format(DAY),
                        r.anneeScolaire(),
                        r.classe(),
                        r.uai(),
                        text(schoolName.apply(r.uai())),
                        r.uaiSecteur() == null ? "" : r.uaiSecteur(),
                        r.derogation() ? "oui" : "non",
                        r.motifLibelle(),
                        text(r.motifPrecision()),
                        text(r.motifRefus()),
                        day(r.decideLe()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static String day(@Nullable Instant instant) {
        return instant == null
                ? ""
                : instant.atZone(PortailClock.ZONE).toLocalDate().format(DAY);
    }

    /** Typed text stays text in a spreadsheet. */
    static String text(@Nullable String value) {
        String cell = value == null ? "" : value;
        return !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
    }
}
