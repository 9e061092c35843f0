package fr.monenfantalecole.portail.agenda.web;

import fr.monenfantalecole.portail.agenda.Holiday;
import fr.monenfantalecole.portail.agenda.HolidayCsv;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** What the public agenda pages show. */
public final class AgendaViews {

    private AgendaViews() {}

    /** A school of the filter. */
    public record SchoolOption(String uai, String nom) {}

    /** One line of the list: a holiday or an event. */
    public record Entry(
            boolean vacances,
            String titre,
            String quand,
            @Nullable String categorie,
            @Nullable String lieu,
            @Nullable String ecole,
            @Nullable String url,
            @Nullable String detail,
            boolean exemple,
            LocalDate firstDay) {}

    /** The entries starting (or going on) in one month. */
    public record MonthGroup(String titre, String id, List<Entry> entries) {}

    /** An event in a calendar cell. */
    public record CellItem(String heure, String titre, String url, boolean exemple) {}

    /** A day of the month grid. */
    public record DayCell(
            LocalDate date,
            String label,
            boolean inMonth,
            boolean today,
            @Nullable String vacances,
            List<CellItem> items) {

        public int dayOfMonth() {
            return date.getDayOfMonth();
        }

        public boolean empty() {
            return items.isEmpty() && vacances == null;
        }
    }

    /** The month view. */
    public record MonthGrid(
            String titre,
            String previousUrl,
            String previousLabel,
            String nextUrl,
            String nextLabel,
            String currentUrl,
            List<List<DayCell>> weeks,
            List<DayCell> days,
            List<Entry> holidays) {}

    /** The whole agenda page. */
    public record Page(
            boolean monthView,
            String mois,
            @Nullable SchoolOption ecole,
            List<SchoolOption> ecoles,
            List<MonthGroup> groups,
            @Nullable MonthGrid grid,
            String listUrl,
            String monthUrl,
            String icsUrl,
            String icsAbsoluteUrl,
            @Nullable String calendrierConnu) {}

    /** An event's own page. */
    public record EventPage(
            long id,
            String titre,
            String categorie,
            String quand,
            String lieu,
            @Nullable String ecole,
            @Nullable String ecoleUrl,
            String descriptionHtml,
            String icsUrl,
            boolean exemple,
            LocalDate firstDay,
            String monthUrl) {}

    /** One line of the back-office list of events. */
    public record Row(
            long id,
            String titre,
            String quand,
            String categorie,
            @Nullable String ecole,
            boolean exemple,
            boolean passe) {}

    /** What the preview of an uploaded school calendar shows. */
    public record HolidayPreview(
            String fileName,
            boolean applied,
            HolidayCsv.Parsed parsed,
            List<String> academies,
            List<String> annees,
            List<Holiday> rennes) {}
}
