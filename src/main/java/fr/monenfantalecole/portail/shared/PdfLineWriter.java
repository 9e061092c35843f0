package fr.monenfantalecole.portail.shared;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * A plain A4 document of lines, the layout the portal's printable exports share: "# " starts a
 * heading (bold, 13 pt), other lines are 10 pt; long lines wrap at a word, the rest indented; a
 * character the font cannot write becomes "?" ({@link PdfText}). The caller chooses the fonts:
 * standard ones, or embedded ones where PDF/A requires it.
 */
public final class PdfLineWriter {

    private static final float MARGIN = 50;
    private static final float LEADING = 14;

    /** The two fonts of a document, made for it (an embedded font belongs to one document). */
    public record Fonts(PDFont regular, PDFont bold) {}

    /** Makes the fonts inside the document being written. */
    @FunctionalInterface
    public interface FontLoader {
        Fonts load(PDDocument document) throws IOException;
    }

    private PdfLineWriter() {}

    public static byte[] write(String title, List<String> lines, int wrapAt, FontLoader loader) {
        try (var document = new PDDocument();
                var out = new ByteArrayOutputStream()) {
            var fonts = loader.load(document);
            document.getDocumentInformation().setTitle(title);
            PDPageContentStream stream = null;
            float y = 0;
            for (String line :
                    lines.stream().flatMap(l -> wrap(l, wrapAt).stream()).toList()) {
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
                PDFont font = heading ? fonts.bold() : fonts.regular();
                stream.setFont(font, heading ? 13 : 10);
                stream.showText(PdfText.printable(heading ? line.substring(2) : line, font));
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

    /** A line cut at the last space before {@code width} characters, the following parts indented. */
    public static List<String> wrap(String line, int width) {
        var out = new ArrayList<String>();
        String rest = line;
        while (rest.length() > width) {
            int cut = rest.lastIndexOf(' ', width);
            cut = cut <= 0 ? width : cut;
            out.add(rest.substring(0, cut));
            rest = "   " + rest.substring(cut).strip();
        }
        out.add(rest);
        return out;
    }
}
