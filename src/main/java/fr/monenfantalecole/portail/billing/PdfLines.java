package fr.monenfantalecole.portail.billing;

import fr.monenfantalecole.portail.shared.PdfLineWriter;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Quotes, invoices and credit notes as plain A4 lines ({@link PdfLineWriter}). The fonts are embedded
 * (Source Sans Pro, shipped with Mustang), as PDF/A requires: the standard 14 fonts of PDF readers
 * are not.
 */
final class PdfLines {

    private static final int WRAP = 100;

    private PdfLines() {}

    static byte[] write(String title, List<String> lines) {
        // French amounts and dates carry narrow and plain no-break spaces: written as plain spaces.
        var plain = lines.stream()
                .map(l -> l.replace('\u202f', ' ').replace('\u00a0', ' '))
                .toList();
        return PdfLineWriter.write(
                title,
                plain,
                WRAP,
                document -> new PdfLineWriter.Fonts(
                        font(document, "fonts/SourceSansPro-Regular.ttf"),
                        font(document, "fonts/SourceSansPro-Bold.ttf")));
    }

    private static PDFont font(PDDocument document, String resource) throws IOException {
        try (InputStream in = PdfLines.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("Police introuvable : " + resource);
            }
            return PDType0Font.load(document, in);
        }
    }
}
