package fr.monenfantalecole.portail.shared;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the raw bytes of an upload for the names of actions that make a PDF do something. The
 * parsed tree is not enough: PDFBox reads what the cross-reference table lists, while another
 * reader may repair a file its own way and find an object PDFBox skipped (after the last %%EOF, or
 * not listed). Names are compared decoded ({@code /Java#53cript} is {@code /JavaScript}). Objects
 * in compressed streams are not visible here; the parsed tree covers those.
 */
final class PdfRawNames {

    private static final Map<String, PdfActiveContent.Kind> ACTIVE = Map.of(
            "JavaScript", PdfActiveContent.Kind.SCRIPT,
            "JS", PdfActiveContent.Kind.SCRIPT,
            "Launch", PdfActiveContent.Kind.LAUNCH,
            "GoToR", PdfActiveContent.Kind.LAUNCH,
            "SubmitForm", PdfActiveContent.Kind.SUBMIT,
            "ImportData", PdfActiveContent.Kind.SUBMIT);

    private PdfRawNames() {}

    static Optional<PdfActiveContent.Kind> find(byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] != '/') {
                continue;
            }
            var name = new ByteArrayOutputStream();
            int j = i + 1;
            while (j < bytes.length && regular(bytes[j])) {
                if (bytes[j] == '#' && j + 2 < bytes.length && hex(bytes[j + 1]) >= 0 && hex(bytes[j + 2]) >= 0) {
                    name.write(hex(bytes[j + 1]) * 16 + hex(bytes[j + 2]));
                    j += 3;
                } else {
                    name.write(bytes[j++]);
                }
            }
            var kind = ACTIVE.get(name.toString(StandardCharsets.ISO_8859_1));
            if (kind != null) {
                return Optional.of(kind);
            }
            i = j - 1;
        }
        return Optional.empty();
    }

    /** PDF 32000-1, 7.2.2: anything but white space and delimiters ends no name. */
    private static boolean regular(byte b) {
        return switch (b) {
            case 0, 9, 10, 12, 13, 32, '(', ')', '<', '>', '[', ']', '{', '}', '/', '%' -> false;
            default -> true;
        };
    }

    private static int hex(byte b) {
        return Character.digit(b, 16);
    }
}
