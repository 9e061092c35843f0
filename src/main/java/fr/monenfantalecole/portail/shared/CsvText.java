package fr.monenfantalecole.portail.shared;

import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/** Reading the CSV files of French open data as they are published. */
public final class CsvText {

    /** What spreadsheets on French Windows save "CSV" in; a superset of ISO-8859-1 (œ, €, ’). */
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private CsvText() {}

    /** How the ministry publishes its files: semicolons, one header line, blank lines skipped, values trimmed. */
    public static final org.apache.commons.csv.CSVFormat OPEN_DATA = org.apache.commons.csv.CSVFormat.DEFAULT
            .builder()
            .setDelimiter(';')
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true)
            .setAllowMissingColumnNames(true)
            .setTrim(true)
            .get();

    /** How spreadsheets read what the portal exports: semicolons, CRLF, quotes only where needed. */
    private static final org.apache.commons.csv.CSVFormat SHEET = org.apache.commons.csv.CSVFormat.DEFAULT
            .builder()
            .setDelimiter(';')
            .setRecordSeparator("\r\n")
            .get();

    /** The headers as written, by their {@link #column} name (the first one wins when two read the same). */
    public static java.util.Map<String, String> columns(java.util.List<String> headers) {
        java.util.Map<String, String> columns = new java.util.HashMap<>();
        headers.forEach(h -> columns.putIfAbsent(column(h), h));
        return columns;
    }

    /**
     * A file's text and the encoding it was read in, named for the admin.
     *
     * @param encoding "UTF-8 avec BOM", "UTF-8" or "Windows-1252"
     */
    public record Decoded(String text, String encoding) {}

    /** UTF-8 when the file starts with its BOM or its bytes are valid UTF-8, Windows-1252 otherwise. */
    public static Decoded read(byte[] bytes) {
        boolean bom = bom(bytes);
        int offset = bom ? 3 : 0;
        var buffer = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        try {
            String text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(buffer)
                    .toString();
            return new Decoded(text, bom ? "UTF-8 avec BOM" : "UTF-8");
        } catch (CharacterCodingException e) {
            return new Decoded(new String(bytes, offset, bytes.length - offset, WINDOWS_1252), "Windows-1252");
        }
    }

    /**
     * Why a file cannot be read in one encoding, or empty: UTF-8 (its BOM, or accents written in
     * UTF-8) with bytes that are not, such as a Latin-1 "é" pasted from another file. Read as
     * Windows-1252 its UTF-8 accents would turn into "Ã©"; read as UTF-8 its other bytes into "�".
     * Either way names are silently corrupted, so the whole file is refused, naming the line of the
     * first bad byte.
     */
    public static java.util.Optional<String> mixedEncoding(byte[] bytes) {
        int offset = bom(bytes) ? 3 : 0;
        var in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        var decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        var out = java.nio.CharBuffer.allocate(bytes.length);
        var result = decoder.decode(in, out, true);
        if (!result.isError()) {
            return java.util.Optional.empty();
        }
        int bad = in.position();
        String lenient = new String(bytes, offset, bytes.length - offset, StandardCharsets.UTF_8);
        boolean utf8 = offset > 0 || lenient.chars().anyMatch(c -> c > 0x7f && c != 0xfffd);
        if (!utf8) {
            return java.util.Optional.empty();
        }
        long line = 1;
        for (int i = offset; i < bad; i++) {
            line += bytes[i] == '\n' ? 1 : 0;
        }
        return java.util.Optional.of("Ce fichier mélange deux encodages : il est enregistré en UTF-8, mais la ligne "
                + line + " contient un caractère d'un autre encodage (Windows-1252 ou ISO-8859-1, souvent un "
                + "accent collé depuis un autre fichier). Vérifiez cette ligne, puis enregistrez le fichier de "
                + "nouveau en « CSV UTF-8 » depuis votre tableur.");
    }

    private static boolean bom(byte[] bytes) {
        return bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb && (bytes[2] & 0xff) == 0xbf;
    }

    /** The text of {@link #read}. */
    public static String decode(byte[] bytes) {
        return read(bytes).text();
    }

    /** The encoding {@link #read} finds. */
    public static String encoding(byte[] bytes) {
        return read(bytes).encoding();
    }

    /**
     * Hands each record to {@code onRecord}; when the file stops being readable CSV (a quote opened
     * and never closed swallows the rest of the file), tells {@code onError} the line where the
     * record started and what to fix, and stops: nothing after that point can be trusted.
     */
    public static void forEach(CSVParser parser, Consumer<CSVRecord> onRecord, LineErrorSink onError) {
        long lastLine = parser.getCurrentLineNumber();
        var records = parser.iterator();
        while (true) {
            CSVRecord record;
            try {
                if (!records.hasNext()) {
                    return;
                }
                record = records.next();
            } catch (UncheckedIOException | IllegalStateException e) {
                onError.accept(
                        lastLine + 1,
                        "Guillemet (\") ouvert et jamais refermé à partir de cette ligne : "
                                + "retirez-le, ou doublez-le (\"\") s'il fait partie du texte. Le reste du fichier n'a pas pu être lu.");
                return;
            }
            long line = lastLine + 1;
            lastLine = parser.getCurrentLineNumber();
            if (record.stream().anyMatch(v -> v != null && v.indexOf('\0') >= 0)) {
                // PostgreSQL refuses NUL in text: the apply would fail where the preview passed.
                onError.accept(
                        line,
                        "Caractère nul (octet 0) dans cette ligne : le fichier est abîmé ; "
                                + "enregistrez-le de nouveau en CSV depuis votre tableur.");
                continue;
            }
            onRecord.accept(record);
        }
    }

    /** Where the file stops being readable, and why. */
    @FunctionalInterface
    public interface LineErrorSink {
        void accept(long line, String message);
    }

    /**
     * A cell for a CSV file opened in a spreadsheet: quoted when it holds a separator, a quote or a
     * line break, and, when it starts with what a spreadsheet reads as a formula (= + - @ tab CR),
     * prefixed with an apostrophe so it stays text (OWASP, CSV injection).
     */
    public static String cell(@org.jspecify.annotations.Nullable String value) {
        String cell = asText(value);
        boolean quote = cell.contains(";") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r");
        return quote ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell;
    }

    /** The value as a spreadsheet shows it: a formula's first character escaped with an apostrophe. */
    private static String asText(@org.jspecify.annotations.Nullable String value) {
        String cell = value == null ? "" : value;
        return !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
    }

    /**
     * A file to open in a French spreadsheet: UTF-8 with its BOM, ";", CRLF, the header line then one
     * line a row, each cell kept as text ({@link #cell}'s rule); a null cell is empty.
     */
    public static byte[] sheet(java.util.List<String> header, java.util.List<String[]> rows) {
        var out = new StringBuilder("\uFEFF");
        try (var printer = new CSVPrinter(out, SHEET)) {
            printer.printRecord(header);
            for (String[] row : rows) {
                printer.printRecord(java.util.Arrays.stream(row).map(CsvText::asText));
            }
        } catch (java.io.IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A value of a file exported with {@link #cell}, as it was before: the apostrophe taken off again. */
    public static String uncell(String value) {
        return value.length() > 1 && value.charAt(0) == '\'' && "=+-@\t\r".indexOf(value.charAt(1)) >= 0
                ? value.substring(1)
                : value;
    }

    /** "Code postal", "code_postal" and "Code_Postal" are the same column. */
    public static String column(String header) {
        String s = Folding.lower(header.replace("\uFEFF", "")).replaceAll("[^a-z0-9]+", "_");
        return s.replaceAll("^_+|_+$", "");
    }
}
