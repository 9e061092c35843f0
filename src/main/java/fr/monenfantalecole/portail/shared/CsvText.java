package fr.monenfantalecole.portail.shared;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;

/** Reading the CSV files of French open data as they are published. */
public final class CsvText {

    private CsvText() {}

    /** How the ministry publishes its files: semicolons, one header line, blank lines skipped, values trimmed. */
    public static final org.apache.commons.csv.CSVFormat OPEN_DATA = org.apache.commons.csv.CSVFormat.DEFAULT.builder()
            .setDelimiter(';')
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true)
            .setAllowMissingColumnNames(true)
            .setTrim(true)
            .get();

    /** The headers as written, by their {@link #column} name (the first one wins when two read the same). */
    public static java.util.Map<String, String> columns(java.util.List<String> headers) {
        java.util.Map<String, String> columns = new java.util.HashMap<>();
        headers.forEach(h -> columns.putIfAbsent(column(h), h));
        return columns;
    }

    /** UTF-8 (with or without BOM) when the bytes are valid UTF-8, ISO-8859-1 otherwise. */
    public static String decode(byte[] bytes) {
        int offset = bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb
                && (bytes[2] & 0xff) == 0xbf ? 3 : 0;
        var buffer = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(buffer)
                    .toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, offset, bytes.length - offset, StandardCharsets.ISO_8859_1);
        }
    }

    /** "Code postal", "code_postal" and "Code_Postal" are the same column. */
    public static String column(String header) {
        String s = Normalizer.normalize(header.replace("\uFEFF", ""), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "_");
        return s.replaceAll("^_+|_+$", "");
    }
}
