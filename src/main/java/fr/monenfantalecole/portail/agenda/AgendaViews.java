package fr.monenfantalecole.portail.agenda;

import fr.monenfantalecole.portail.tenant.Site;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** What the public agenda pages show. */
public final class AgendaViews {

    private AgendaViews() {}

    /** "du 18 octobre…" as the first words of a line: "Du 18 octobre…". */
    static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

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
            LocalDate firstDay) {

        static Entry of(HolidayPeriod h) {
            return new Entry(
                    true,
                    h.titre(),
                    capitalise(h.quand()),
                    "Vacances scolaires",
                    null,
                    null,
                    null,
                    h.detailEnseignants(),
                    false,
                    h.debut());
        }

        static Entry of(AgendaEvent e, Site site, Map<String, String> schoolNames) {
            String uai = e.uai();
            return new Entry(
                    false,
                    e.titre(),
                    capitalise(e.quand()),
                    e.categorie().libelle(),
                    e.lieu().isBlank() ? null : e.lieu(),
                    uai == null ? null : schoolNames.get(uai),
                    site.link("/agenda/" + e.id()),
                    null,
                    e.exemple(),
                    e.firstDay());
        }
    }

    /** The entries starting (or going on) in one month. */
    public record MonthGroup(String titre, String id, List<Entry> entries) {

        /** The entries month by month; something already going on is listed under the current month. */
        static List<MonthGroup> of(List<Entry> entries, LocalDate today) {
            Map<YearMonth, List<Entry>> byMonth = new LinkedHashMap<>();
            entries.stream()
                    .sorted(Comparator.comparing(Entry::firstDay))
                    .forEach(e -> byMonth.computeIfAbsent(
                                    YearMonth.from(e.firstDay().isBefore(today) ? today : e.firstDay()),
                                    k -> new ArrayList<>())
                            .add(e));
            return byMonth.entrySet().stream()
                    .map(m -> new MonthGroup(FrenchDates.monthTitle(m.getKey()), "mois-" + m.getKey(), m.getValue()))
                    .toList();
        }
    }

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

        static DayCell of(
                LocalDate day,
                YearMonth month,
                LocalDate today,
                List<HolidayPeriod> holidays,
                List<AgendaEvent> events,
                Site site) {
            String vacances = holidays.stream()
                    .filter(h -> h.covers(day))
                    .map(HolidayPeriod::titre)
                    .findFirst()
                    .orElse(null);
            List<CellItem> items = events.stream()
                    .filter(e -> e.covers(day))
                    .map(e -> new CellItem(e.heureLe(day), e.titre(), site.link("/agenda/" + e.id()), e.exemple()))
                    .toList();
            return new DayCell(
                    day,
                    FrenchDates.dayWithoutYear(day),
                    YearMonth.from(day).equals(month),
                    day.equals(today),
                    vacances,
                    items);
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
            List<Entry> holidays) {

        /**
         * The weeks (Monday to Sunday) that hold the month, each day with its holiday and events, and
         * the days of the month that have events (the grid's list for small screens).
         *
         * @param ecoleParam the school filter to keep in the navigation links ("" or "&ecole=…")
         */
        static MonthGrid of(
                YearMonth month,
                LocalDate today,
                List<HolidayPeriod> holidays,
                List<AgendaEvent> events,
                Site site,
                String ecoleParam) {
            LocalDate first = month.atDay(1);
            LocalDate last = month.atEndOfMonth();
            List<List<DayCell>> weeks = new ArrayList<>();
            List<DayCell> days = new ArrayList<>();
            List<DayCell> week = new ArrayList<>();
            for (LocalDate day = gridStart(month); !day.isAfter(gridEnd(month)); day = day.plusDays(1)) {
                var cell = DayCell.of(day, month, today, holidays, events, site);
                week.add(cell);
                if (cell.inMonth() && !cell.items().isEmpty()) {
                    days.add(cell);
                }
                if (week.size() == 7) {
                    weeks.add(week);
                    week = new ArrayList<>();
                }
            }
            YearMonth previous = month.minusMonths(1);
            YearMonth next = month.plusMonths(1);
            String base = site.link("/agenda?vue=mois&mois=");
            return new MonthGrid(
                    FrenchDates.monthTitle(month),
                    base + previous + ecoleParam,
                    FrenchDates.month(previous),
                    base + next + ecoleParam,
                    FrenchDates.month(next),
                    base + YearMonth.from(today) + ecoleParam,
                    weeks,
                    days,
                    holidays.stream()
                            .filter(h ->
                                    !h.lastDay().isBefore(first) && !h.debut().isAfter(last))
                            .map(Entry::of)
                            .toList());
        }

        /** The Monday the grid starts on. */
        static LocalDate gridStart(YearMonth month) {
            return month.atDay(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        }

        /** The Sunday the grid ends on. */
        static LocalDate gridEnd(YearMonth month) {
            return month.atEndOfMonth().with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        }
    }

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
}
