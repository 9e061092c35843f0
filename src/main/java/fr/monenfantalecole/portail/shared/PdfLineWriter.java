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

    /** How a line looks: bold or regular, its size in points, and whether a box to tick stands before it. */
    public record Style(boolean bold, float size, boolean tickBox) {}

    /** A line of a {@link Section}, never wrapped. */
    public record Line(String text, Style style) {}

    /**
     * Lines that start on a page of their own; when they fill it, the next page starts with the
     * header again (half a line below it, the body).
     */
    public record Section(List<Line> header, List<Line> lines) {}

    /**
     * A document of sections, {@code leading} points from one line to the next; a page is full when
     * one more line would come within a line of the bottom margin.
     */
    public static byte[] write(String title, List<Section> sections, float leading, FontLoader loader) {
        try (var document = new PDDocument();
                var out = new ByteArrayOutputStream()) {
            var fonts = loader.load(document);
            document.getDocumentInformation().setTitle(title);
            for (var section : sections) {
                int written = 0;
                do {
                    int held = page(document, fonts, section, written, leading);
                    if (held == 0 && written < section.lines().size()) {
                        throw new IllegalArgumentException("The header of \"" + title + "\" leaves no room on a page");
                    }
                    written += held;
                } while (written < section.lines().size());
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One page of the section: its header, then its lines from {@code from}; how many it holds. */
    private static int page(PDDocument document, Fonts fonts, Section section, int from, float leading)
            throws IOException {
        var page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        try (var stream = new PDPageContentStream(document, page)) {
            float y = page.getMediaBox().getHeight() - MARGIN;
            for (var line : section.header()) {
                y = line(stream, fonts, line, y) - leading;
            }
            y -= section.header().isEmpty() ? 0 : leading / 2;
            int i = from;
            for (; i < section.lines().size() && y >= MARGIN + leading; i++) {
                y = line(stream, fonts, section.lines().get(i), y) - leading;
            }
            return i - from;
        }
    }

    private static float line(PDPageContentStream stream, Fonts fonts, Line line, float y) throws IOException {
        float x = MARGIN;
        if (line.style().tickBox()) {
            stream.addRect(x, y - 3, 10, 10);
            stream.stroke();
            x += 20;
        }
        PDFont font = line.style().bold() ? fonts.bold() : fonts.regular();
        stream.beginText();
        stream.setFont(font, line.style().size());
        stream.newLineAtOffset(x, y);
        stream.showText(PdfText.printable(line.text(), font));
        stream.endText();
        return y;
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
