package fr.monenfantalecole.portail.agenda;

import fr.monenfantalecole.portail.shared.CsvText;
import fr.monenfantalecole.portail.shared.French;
import fr.monenfantalecole.portail.shared.PortailClock;
import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/**
 * Reads {@code fr-en-calendrier-scolaire.csv} as the ministry publishes it (UTF-8 with BOM, ";",
 * dates as "2025-10-18T00:00:00+02:00"). Every line is checked; a wrong line is reported with its
 * number and what is wrong, and the file is then refused as a whole.
 */
public final class HolidayCsv {

    static final String DESCRIPTION = "description";
    static final String POPULATION = "population";
    static final String DEBUT = "date_de_debut";
    static final String FIN = "date_de_fin";
    static final String ACADEMIES = "academies";
    static final String ZONES = "zones";
    static final String ANNEE = "annee_scolaire";
    private static final List<String> REQUIRED = List.of(DESCRIPTION, POPULATION, DEBUT, FIN, ACADEMIES, ZONES, ANNEE);

    private HolidayCsv() {}

    /** One refused line. */
    public record LineError(long line, String message) {}

    /** The file read: its holidays when every line is right, or what is wrong. */
    public record Parsed(
            List<Holiday> holidays,
            List<LineError> errors,
            @Nullable String fileError) {

        public boolean valid() {
            return fileError == null && errors.isEmpty() && !holidays.isEmpty();
        }
    }

    public static Parsed parse(byte[] bytes) {
        String text = CsvText.decode(bytes);
        var mixed = CsvText.mixedEncoding(bytes);
        if (mixed.isPresent()) {
            return new Parsed(List.of(), List.of(), mixed.get());
        }
        if (text.isBlank()) {
            return new Parsed(List.of(), List.of(), "Le fichier est vide.");
        }
        try (var parser = CsvText.OPEN_DATA.parse(new StringReader(text))) {
            Map<String, String> columns = CsvText.columns(parser.getHeaderNames());
            List<String> missing =
                    REQUIRED.stream().filter(c -> !columns.containsKey(c)).toList();
            if (!missing.isEmpty()) {
                return new Parsed(
                        List.of(),
                        List.of(),
                        "Ce fichier n'est pas le calendrier scolaire : "
                                + French.agree(missing.size(), "colonne manquante ", "colonnes manquantes ")
                                + String.join(
                                        ", ",
                                        missing.stream().map(HolidayCsv::label).toList())
                                + ". Le séparateur attendu est le point-virgule.");
            }
            List<Holiday> holidays = new ArrayList<>();
            List<LineError> errors = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            CsvText.forEach(
                    parser,
                    record -> read(record, columns, seen, holidays, errors),
                    (line, message) -> errors.add(new LineError(line, message)));
            if (holidays.isEmpty() && errors.isEmpty()) {
                return new Parsed(List.of(), List.of(), "Le fichier ne contient aucune ligne de vacances.");
            }
            return new Parsed(List.copyOf(holidays), List.copyOf(errors), null);
        } catch (IOException | IllegalStateException | IllegalArgumentException e) {
            return new Parsed(List.of(), List.of(), "Le fichier n'a pas pu être lu comme un CSV : " + e.getMessage());
        }
    }

    private static void read(
            CSVRecord record,
            Map<String, String> columns,
            Set<String> seen,
            List<Holiday> holidays,
            List<LineError> errors) {
        long line = record.getRecordNumber() + 1;
        String error = null;
        String description = value(record, columns, DESCRIPTION);
        String population = value(record, columns, POPULATION);
        String academie = value(record, columns, ACADEMIES);
        String zone = value(record, columns, ZONES);
        String annee = value(record, columns, ANNEE);
        LocalDate debut = date(value(record, columns, DEBUT));
        LocalDate fin = date(value(record, columns, FIN));
        if (description.isEmpty()) {
            error = "la description est vide";
        } else if (academie.isEmpty()) {
            error = "l'académie est vide";
        } else if (debut == null) {
            error = "date de début illisible « " + value(record, columns, DEBUT)
                    + " » (attendu : 2025-10-18 ou 2025-10-18T00:00:00+02:00)";
        } else if (fin == null) {
            error = "date de fin illisible « " + value(record, columns, FIN)
                    + " » (attendu : 2025-11-03 ou 2025-11-03T00:00:00+01:00)";
        } else if (fin.isBefore(debut)) {
            error = "la date de fin (" + fin + ") précède la date de début (" + debut + ")";
        }
        if (error != null) {
            errors.add(new LineError(line, error));
            return;
        }
        var holiday = new Holiday(
                description,
                population.isEmpty() ? "-" : population,
                Objects.requireNonNull(debut, "an unreadable start is an error above"),
                Objects.requireNonNull(fin, "an unreadable end is an error above"),
                academie,
                zone,
                annee);
        if (!seen.add(holiday.key())) {
            errors.add(
                    new LineError(line, "ligne en double (même académie, description, date de début et population)"));
            return;
        }
        holidays.add(holiday);
    }

    private static String label(String column) {
        return switch (column) {
            case DEBUT -> "« Date de début »";
            case FIN -> "« Date de fin »";
            case ACADEMIES -> "« Académies »";
            case ANNEE -> "« annee_scolaire »";
            default -> "« " + Character.toUpperCase(column.charAt(0)) + column.substring(1) + " »";
        };
    }

    private static String value(CSVRecord record, Map<String, String> columns, String column) {
        String header = columns.get(column);
        if (header == null || !record.isMapped(header) || !record.isSet(header)) {
            return "";
        }
        String v = record.get(header);
        return v == null ? "" : v.strip();
    }

    /** "2025-10-18T00:00:00+02:00" is the 18 October 2025 in Paris: the local date part is kept. */
    static @Nullable LocalDate date(String value) {
        if (value.isEmpty()) {
            return null;
        }
        try {
            if (value.length() == 10) {
                return LocalDate.parse(value);
            }
            return OffsetDateTime.parse(value)
                    .atZoneSameInstant(PortailClock.ZONE)
                    .toLocalDate();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
