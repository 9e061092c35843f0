package fr.monenfantalecole.portail.periscolaire;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** CSV as French spreadsheets open it: UTF-8 with its BOM, semicolons, CRLF. */
final class Csv {

    private static final CSVFormat EXCEL_FR =
            CSVFormat.EXCEL.builder().setDelimiter(';').get();

    private Csv() {}

    public static byte[] write(List<String> header, List<List<?>> rows) {
        var text = new StringWriter();
        text.write('\uFEFF');
        try (var printer = new CSVPrinter(text, EXCEL_FR)) {
            printer.printRecord(header);
            for (var row : rows) {
                printer.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }
}
