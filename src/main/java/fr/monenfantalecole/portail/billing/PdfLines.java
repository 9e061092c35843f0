package fr.monenfantalecole.portail.billing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * A plain A4 document of lines ("# " starts a heading, "| " a right-aligned amount line). The fonts
 * are embedded (Source Sans Pro, shipped with Mustang), as PDF/A requires: the standard 14 fonts of
 * PDF readers are not.
 */
final class PdfLines {

    private static final float MARGIN = 50;
    private static final float LEADING = 14;
    private static final int WRAP = 100;

    private PdfLines() {}

    static byte[] write(String title, List<String> lines) {
        try (var document = new PDDocument();
                var out = new ByteArrayOutputStream()) {
            PDFont regular = font(document, "fonts/SourceSansPro-Regular.ttf");
            PDFont bold = font(document, "fonts/SourceSansPro-Bold.ttf");
            document.getDocumentInformation().setTitle(title);
            PDPageContentStream stream = null;
            float y = 0;
            for (String line : wrapped(lines)) {
                if (stream == null || y < MARGIN) {
                    if (stream != null) {
                        stream.endText();
                        stream.close();
                    }
                    var page = new PDPage(PDRectangle.A4);
                    document.addPage(page);
                    stream = new PDPageContentStream(document, page);
                    stream.beginText();
                    y = page.getMediaBox().getHeight() - MARGIN;
                    stream.newLineAtOffset(MARGIN, y);
                }
                boolean heading = line.startsWith("# ");
                stream.setFont(heading ? bold : regular, heading ? 13 : 10);
                stream.showText(heading ? line.substring(2) : line);
                stream.newLineAtOffset(0, -LEADING);
                y -= LEADING;
            }
            if (stream != null) {
                stream.endText();
                stream.close();
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static PDFont font(PDDocument document, String resource) throws IOException {
        try (InputStream in = PdfLines.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("Police introuvable : " + resource);
            }
            return PDType0Font.load(document, in);
        }
    }

    private static List<String> wrapped(List<String> lines) {
        var result = new ArrayList<String>();
        for (String line : lines) {
            String rest = line.replace('\u202f', ' ').replace('\u00a0', ' ');
            while (rest.length() > WRAP) {
                int cut = rest.lastIndexOf(' ', WRAP);
                cut = cut <= 0 ? WRAP : cut;
                result.add(rest.substring(0, cut));
                rest = "   " + rest.substring(cut).strip();
            }
            result.add(rest);
        }
        return result;
    }
}
