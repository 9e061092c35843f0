package fr.monenfantalecole.portail.periscolaire;

import fr.monenfantalecole.portail.agenda.FrenchDates;
import fr.monenfantalecole.portail.shared.French;
import fr.monenfantalecole.portail.shared.PdfText;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * The printable attendance sheet of a day: one page per school and activity, a line per child with a
 * box to tick on arrival. Standard fonts (WinAnsi): a character they lack becomes "?".
 */
public final class AttendancePdf {

    private static final float MARGIN = 50;
    private static final float LEADING = 18;
    private static final int PER_PAGE = 38;

    private AttendancePdf() {}

    /** The children grouped by "school — activity" (in order), for the day; the school names by UAI. */
    public static byte[] write(LocalDate day, List<DailyLists.Expected> children, Map<String, String> schoolNames) {
        var groups = new java.util.LinkedHashMap<String, java.util.List<DailyLists.Expected>>();
        children.forEach(c -> groups.computeIfAbsent(
                        schoolNames.getOrDefault(c.uai(), c.uai()) + " — "
                                + c.activite().libelle(),
                        k -> new java.util.ArrayList<>())
                .add(c));
        try (var document = new PDDocument();
                var out = new ByteArrayOutputStream()) {
            var regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            var bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
            document.getDocumentInformation().setTitle("Feuille de présence du " + FrenchDates.day(day));
            if (groups.isEmpty()) {
                groups.put("Aucun enfant attendu", List.of());
            }
            for (var group : groups.entrySet()) {
                var all = group.getValue();
                for (int from = 0; from == 0 || from < all.size(); from += PER_PAGE) {
                    page(
                            document,
                            bold,
                            regular,
                            day,
                            group.getKey(),
                            all.size(),
                            all.subList(from, Math.min(all.size(), from + PER_PAGE)));
                }
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void page(
            PDDocument document,
            PDType1Font bold,
            PDType1Font regular,
            LocalDate day,
            String title,
            int total,
            List<DailyLists.Expected> children)
            throws IOException {
        var page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        try (var s = new PDPageContentStream(document, page)) {
            float y = page.getMediaBox().getHeight() - MARGIN;
            y = line(s, bold, 14, MARGIN, y, title);
            y = line(
                    s,
                    regular,
                    11,
                    MARGIN,
                    y,
                    "Feuille de présence du " + FrenchDates.day(day) + " — "
                            + French.count(total, "enfant attendu", "enfants attendus"));
            y -= LEADING / 2;
            for (var c : children) {
                s.addRect(MARGIN, y - 3, 10, 10);
                s.stroke();
                y = line(
                        s,
                        regular,
                        11,
                        MARGIN + 20,
                        y,
                        c.nom().toUpperCase(java.util.Locale.FRANCE) + " "
                                + c.prenoms() + (c.niveau() == null ? "" : " (" + c.niveau() + ")")
                                + (c.pai() ? " — PAI" : ""));
            }
        }
    }

    private static float line(PDPageContentStream s, PDType1Font font, float size, float x, float y, String text)
            throws IOException {
        s.beginText();
        s.setFont(font, size);
        s.newLineAtOffset(x, y);
        s.showText(PdfText.printable(text, font));
        s.endText();
        return y - LEADING;
    }
}
