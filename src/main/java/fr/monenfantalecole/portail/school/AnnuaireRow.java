package fr.monenfantalecole.portail.school;

import fr.monenfantalecole.portail.shared.WebAddresses;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/**
 * One record of the Annuaire CSV read through normalised column names: each value typed, or an
 * {@link Invalid} saying, in French, what to fix on this line.
 */
record AnnuaireRow(CSVRecord record, Map<String, String> columns) {

    /** What is wrong with the line; the importer reports it with the line's number. */
    static final class Invalid extends RuntimeException {
        Invalid(String message) {
            super(message, null, false, false);
        }
    }

    @Nullable
    String optional(String column) {
        String header = columns.get(column);
        if (header == null || !record.isMapped(header) || !record.isSet(header)) {
            return null;
        }
        String value = record.get(header);
        return value == null || value.isBlank() ? null : value.strip();
    }

    String required(String column, String label) {
        String value = optional(column);
        if (value == null) {
            throw new Invalid("Il manque " + label + " (colonne " + columns.get(column) + ").");
        }
        return value;
    }

    @Nullable
    String email(String column) {
        String value = optional(column);
        if (value != null && !WebAddresses.isEmail(value)) {
            throw new Invalid("Courriel « " + value + " » invalide dans la colonne " + columns.get(column)
                    + " : une adresse comme ecole.0350122T@ac-rennes.fr est attendue.");
        }
        return value;
    }

    @Nullable
    String webPage(String column) {
        String value = optional(column);
        if (value != null && !WebAddresses.isWebPage(value)) {
            throw new Invalid("Site web « " + value + " » invalide dans la colonne " + columns.get(column)
                    + " : une adresse commençant par https:// (ou http://) est attendue.");
        }
        return value;
    }

    boolean flag(String column) {
        return Boolean.TRUE.equals(bool(column));
    }

    @Nullable
    Boolean bool(String column) {
        String value = optional(column);
        if (value == null) {
            return null;
        }
        return switch (value.toUpperCase(Locale.ROOT)) {
            case "1", "O", "OUI", "TRUE" -> true;
            case "0", "N", "NON", "FALSE" -> false;
            default ->
                throw new Invalid("Valeur « " + value + " » inattendue dans la colonne " + columns.get(column)
                        + " : 1 ou 0 attendu.");
        };
    }

    @Nullable
    Integer integer(String column, String label) {
        String value = optional(column);
        if (value == null) {
            return null;
        }
        try {
            int n = Integer.parseInt(value);
            if (n < 0) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new Invalid("« " + value + " » n'est pas un nombre entier positif pour " + label + ".");
        }
    }

    @Nullable
    Double coordinate(String column, double min, double max) {
        String value = optional(column);
        if (value == null) {
            return null;
        }
        try {
            double d = Double.parseDouble(value.replace(',', '.'));
            if (d < min || d > max || Double.isNaN(d)) {
                throw new NumberFormatException();
            }
            return d;
        } catch (NumberFormatException e) {
            throw new Invalid("Coordonnée « " + value + " » invalide dans la colonne " + columns.get(column)
                    + " : nombre décimal entre " + (int) min + " et " + (int) max + " attendu.");
        }
    }

    @Nullable
    LocalDate date(String column) {
        String value = optional(column);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new Invalid("Date « " + value + " » invalide dans la colonne " + columns.get(column)
                    + " : format AAAA-MM-JJ attendu.");
        }
    }
}
