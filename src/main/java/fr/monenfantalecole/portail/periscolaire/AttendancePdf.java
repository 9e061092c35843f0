package fr.monenfantalecole.portail.periscolaire;

import fr.monenfantalecole.portail.agenda.FrenchDates;
import fr.monenfantalecole.portail.shared.French;
import fr.monenfantalecole.portail.shared.PdfLineWriter;
import fr.monenfantalecole.portail.shared.PdfLineWriter.Line;
import fr.monenfantalecole.portail.shared.PdfLineWriter.Section;
import fr.monenfantalecole.portail.shared.PdfLineWriter.Style;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * The printable attendance sheet of a day: one page per school and activity (more when it is full,
 * its title repeated), a line per child with a box to tick on arrival. Standard fonts (WinAnsi): a
 * character they lack becomes "?".
 */
final class AttendancePdf {

    private static final float LEADING = 18;
    private static final Style TITLE = new Style(true, 14, false);
    private static final Style SUBTITLE = new Style(false, 11, false);
    private static final Style CHILD = new Style(false, 11, true);

    private AttendancePdf() {}

    /** The children grouped by "school — activity" (in order), for the day; the school names by UAI. */
    public static byte[] write(LocalDate day, List<DailyLists.Expected> children, Map<String, String> schoolNames) {
        var groups = new LinkedHashMap<String, List<DailyLists.Expected>>();
        children.forEach(c -> groups.computeIfAbsent(
                        schoolNames.getOrDefault(c.uai(), c.uai()) + " — "
                                + c.activite().libelle(),
                        k -> new ArrayList<>())
                .add(c));
        if (groups.isEmpty()) {
            groups.put("Aucun enfant attendu", List.of());
        }
        String title = "Feuille de présence du " + FrenchDates.day(day);
        var sections = groups.entrySet().stream()
                .map(g -> new Section(
                        List.of(
                                new Line(g.getKey(), TITLE),
                                new Line(
                                        title + " — "
                                                + French.count(
                                                        g.getValue().size(), "enfant attendu", "enfants attendus"),
                                        SUBTITLE)),
                        g.getValue().stream().map(c -> new Line(name(c), CHILD)).toList()))
                .toList();
        return PdfLineWriter.write(
                title,
                sections,
                LEADING,
                document -> new PdfLineWriter.Fonts(
                        new PDType1Font(Standard14Fonts.FontName.HELVETICA),
                        new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD)));
    }

    private static String name(DailyLists.Expected c) {
        return c.nom().toUpperCase(Locale.FRANCE) + " " + c.prenoms()
                + (c.niveau() == null ? "" : " (" + c.niveau() + ")") + (c.pai() ? " — PAI" : "");
    }
}
