package fr.monenfantalecole.portail.shared;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.commons.csv.CSVParser;

/**
 * The checks every CSV file an admin uploads goes through before its lines are read, with the same
 * French messages for every import: one encoding only, not empty, the required columns present
 * (the separator named, the usual cause), readable as CSV. Each import reads its own lines.
 */
public final class CsvFile {

    private CsvFile() {}

    /** Reads the file's lines once its header has passed; may throw what a malformed CSV throws. */
    @FunctionalInterface
    public interface Lines<T> {
        T read(CSVParser parser, Map<String, String> columns) throws IOException;
    }

    /**
     * @param required the {@link CsvText#column} names the file must have
     * @param notThisFile the start of the message when some are missing, e.g. "Ce fichier n'est pas … : "
     * @param refused what the import returns for a file it cannot read, given the message
     */
    public static <T> T read(
            byte[] bytes, List<String> required, String notThisFile, Function<String, T> refused, Lines<T> lines) {
        String text = CsvText.decode(bytes);
        var mixed = CsvText.mixedEncoding(bytes);
        if (mixed.isPresent()) {
            return refused.apply(mixed.get());
        }
        if (text.isBlank()) {
            return refused.apply("Le fichier est vide.");
        }
        try (var parser = CsvText.OPEN_DATA.parse(new StringReader(text))) {
            Map<String, String> columns = CsvText.columns(parser.getHeaderNames());
            var missing = required.stream().filter(c -> !columns.containsKey(c)).toList();
            if (!missing.isEmpty()) {
                return refused.apply(notThisFile
                        + French.agree(missing.size(), "colonne manquante ", "colonnes manquantes ")
                        + String.join(", ", missing) + ". Le séparateur attendu est le point-virgule.");
            }
            return lines.read(parser, columns);
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            return refused.apply("Le fichier n'a pas pu être lu comme un CSV : " + e.getMessage());
        }
    }
}
