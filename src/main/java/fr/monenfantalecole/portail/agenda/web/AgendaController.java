package fr.monenfantalecole.portail.agenda.web;

import fr.monenfantalecole.portail.agenda.Agenda;
import fr.monenfantalecole.portail.agenda.AgendaCalendar;
import fr.monenfantalecole.portail.agenda.AgendaEvent;
import fr.monenfantalecole.portail.agenda.FrenchDates;
import fr.monenfantalecole.portail.agenda.HolidayPeriod;
import fr.monenfantalecole.portail.agenda.web.AgendaViews.CellItem;
import fr.monenfantalecole.portail.agenda.web.AgendaViews.DayCell;
import fr.monenfantalecole.portail.agenda.web.AgendaViews.Entry;
import fr.monenfantalecole.portail.agenda.web.AgendaViews.EventPage;
import fr.monenfantalecole.portail.agenda.web.AgendaViews.MonthGrid;
import fr.monenfantalecole.portail.agenda.web.AgendaViews.MonthGroup;
import fr.monenfantalecole.portail.agenda.web.AgendaViews.SchoolOption;
import fr.monenfantalecole.portail.school.Etablissement;
import fr.monenfantalecole.portail.school.SchoolDirectory;
import fr.monenfantalecole.portail.shared.JsonLd;
import fr.monenfantalecole.portail.shared.NotFoundException;
import fr.monenfantalecole.portail.shared.RichText;
import fr.monenfantalecole.portail.tenant.Collectivite;
import fr.monenfantalecole.portail.tenant.Site;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The public agenda of a collectivité: list and month views, event pages and iCalendar feeds. */
@Controller
class AgendaController {

    static final MediaType CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);
    /** How far the list view looks ahead. */
    static final int LIST_MONTHS = 12;

    private final Agenda agenda;
    private final SchoolDirectory directory;

    AgendaController(Agenda agenda, SchoolDirectory directory) {
        this.agenda = agenda;
        this.directory = directory;
    }

    static LocalDate today() {
        return LocalDate.now(AgendaCalendar.PARIS);
    }

    @GetMapping("/{slug}/agenda")
    String agenda(
            Collectivite collectivite,
            Site site,
            @RequestParam(required = false) @Nullable String vue,
            @RequestParam(required = false) @Nullable String mois,
            @RequestParam(required = false) @Nullable String ecole,
            Model model) {
        var school = school(collectivite, ecole);
        String uai = school == null ? null : school.uai();
        var names = schoolNames(collectivite);
        LocalDate today = today();
        boolean monthView = "mois".equals(vue) || (mois != null && !mois.isBlank());
        YearMonth month = month(mois, today);
        String ecoleParam = uai == null ? "" : "&ecole=" + uai;

        List<MonthGroup> groups = List.of();
        MonthGrid grid = null;
        if (monthView) {
            grid = grid(collectivite, site, uai, month, today, names, ecoleParam);
        } else {
            groups = groups(collectivite, site, uai, today, names);
        }
        String knownUntil = agenda.holidaysKnownUntil(collectivite)
                .filter(d -> d.isBefore(today.plusMonths(LIST_MONTHS)))
                .map(d -> "Le calendrier officiel des vacances scolaires de l'académie de " + collectivite.academie()
                        + " est publié jusqu'au " + FrenchDates.day(d)
                        + " ; les vacances suivantes s'afficheront dès sa publication par le ministère.")
                .orElse(null);
        String ics = site.link("/agenda.ics") + (uai == null ? "" : "?ecole=" + uai);
        model.addAttribute("site", site);
        model.addAttribute(
                "view",
                new AgendaViews.Page(
                        monthView,
                        month.toString(),
                        school == null ? null : new SchoolOption(school.uai(), school.nom()),
                        schoolOptions(collectivite),
                        groups,
                        grid,
                        site.link("/agenda") + (uai == null ? "" : "?ecole=" + uai),
                        site.link("/agenda?vue=mois&mois=" + month) + ecoleParam,
                        ics,
                        absolute(ics),
                        knownUntil));
        return "agenda/agenda";
    }

    private List<MonthGroup> groups(
            Collectivite collectivite, Site site, @Nullable String uai, LocalDate today, Map<String, String> names) {
        LocalDate to = today.plusMonths(LIST_MONTHS);
        List<Entry> entries = new ArrayList<>();
        agenda.holidays(collectivite, today, to).forEach(h -> entries.add(entry(h)));
        agenda.events(collectivite, uai, today, to).forEach(e -> entries.add(entry(e, site, names)));
        entries.sort(Comparator.comparing(Entry::firstDay));
        Map<YearMonth, List<Entry>> byMonth = new LinkedHashMap<>();
        for (Entry e : entries) {
            // Something already going on is listed under the current month.
            YearMonth m = YearMonth.from(e.firstDay().isBefore(today) ? today : e.firstDay());
            byMonth.computeIfAbsent(m, k -> new ArrayList<>()).add(e);
        }
        return byMonth.entrySet().stream()
                .map(m -> new MonthGroup(FrenchDates.monthTitle(m.getKey()), "mois-" + m.getKey(), m.getValue()))
                .toList();
    }

    private MonthGrid grid(
            Collectivite collectivite,
            Site site,
            @Nullable String uai,
            YearMonth month,
            LocalDate today,
            Map<String, String> names,
            String ecoleParam) {
        LocalDate first = month.atDay(1);
        LocalDate last = month.atEndOfMonth();
        LocalDate gridStart = first.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate gridEnd = last.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        var holidays = agenda.holidays(collectivite, gridStart, gridEnd.plusDays(1));
        var events = agenda.events(collectivite, uai, gridStart, gridEnd.plusDays(1));
        List<List<DayCell>> weeks = new ArrayList<>();
        List<DayCell> days = new ArrayList<>();
        List<DayCell> week = new ArrayList<>();
        for (LocalDate d = gridStart; !d.isAfter(gridEnd); d = d.plusDays(1)) {
            LocalDate day = d;
            String vacances = holidays.stream()
                    .filter(h -> h.covers(day))
                    .map(HolidayPeriod::titre)
                    .findFirst()
                    .orElse(null);
            List<CellItem> items = events.stream()
                    .filter(e -> e.covers(day))
                    .map(e -> new CellItem(e.heureLe(day), e.titre(), site.link("/agenda/" + e.id()), e.exemple()))
                    .toList();
            var cell = new DayCell(
                    day,
                    FrenchDates.dayWithoutYear(day),
                    YearMonth.from(day).equals(month),
                    day.equals(today),
                    vacances,
                    items);
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
                        .filter(h -> !h.lastDay().isBefore(first) && !h.debut().isAfter(last))
                        .map(AgendaController::entry)
                        .toList());
    }

    @GetMapping("/{slug}/agenda/{id:[0-9]{1,12}}")
    String event(Collectivite collectivite, Site site, @PathVariable long id, Model model) {
        var e = agenda.event(collectivite, id).orElseThrow(() -> new NotFoundException("Événement introuvable"));
        String ecole = e.uai() == null ? null : schoolNames(collectivite).get(e.uai());
        model.addAttribute("site", site);
        model.addAttribute(
                "event",
                new EventPage(
                        e.id(),
                        e.titre(),
                        e.categorie().libelle(),
                        e.quand(),
                        e.lieu(),
                        ecole,
                        ecole == null ? null : site.link("/ecoles/" + e.uai()),
                        RichText.markdownToHtml(e.description()),
                        site.link("/agenda/" + e.id() + ".ics"),
                        e.exemple(),
                        e.firstDay(),
                        site.link("/agenda?vue=mois&mois=" + YearMonth.from(e.firstDay()))));
        var school = e.uai() == null
                ? null
                : directory.presented(collectivite).stream()
                        .filter(s -> s.uai().equals(e.uai()))
                        .findFirst()
                        .orElse(null);
        model.addAttribute("jsonLd", jsonLd(e, collectivite, site, school));
        return "agenda/event";
    }

    /** schema.org Event: dates with their Paris offset (days only when all day), place, organiser. */
    static String jsonLd(AgendaEvent e, Collectivite collectivite, Site site, @Nullable Etablissement school) {
        String origin =
                ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
        var event = JsonLd.object("Event");
        event.put("name", e.titre());
        event.put("url", origin + site.link("/agenda/" + e.id()));
        JsonLd.put(event, "description", e.description().strip());
        if (e.journeeEntiere()) {
            event.put("startDate", e.firstDay().toString());
            event.put("endDate", e.lastDay().toString());
        } else {
            event.put(
                    "startDate",
                    e.debut().atZone(AgendaCalendar.PARIS).toOffsetDateTime().toString());
            event.put(
                    "endDate",
                    e.fin().atZone(AgendaCalendar.PARIS).toOffsetDateTime().toString());
        }
        event.put("eventStatus", "https://schema.org/EventScheduled");
        event.put("eventAttendanceMode", "https://schema.org/OfflineEventAttendanceMode");
        event.put("inLanguage", "fr");
        var place = JsonLd.nested("Place");
        place.put("name", !e.lieu().isBlank() ? e.lieu().strip() : school != null ? school.nom() : collectivite.nom());
        var address = JsonLd.nested("PostalAddress");
        if (school != null) {
            JsonLd.put(address, "streetAddress", school.adresse1());
            JsonLd.put(address, "postalCode", school.codePostal());
            address.put("addressLocality", school.nomCommune());
        } else {
            address.put("addressLocality", collectivite.nom());
        }
        address.put("addressCountry", "FR");
        place.put("address", address);
        event.put("location", place);
        var organizer = JsonLd.nested(school != null ? "School" : "GovernmentOrganization");
        organizer.put("name", school != null ? school.nom() : collectivite.nom());
        organizer.put("url", origin + (school != null ? site.link("/ecoles/" + school.uai()) : site.home()));
        event.put("organizer", organizer);
        return JsonLd.script(event);
    }

    @GetMapping("/{slug}/agenda/{id:[0-9]{1,12}}.ics")
    ResponseEntity<String> eventIcs(Collectivite collectivite, Site site, @PathVariable long id) {
        var e = agenda.event(collectivite, id).orElseThrow(() -> new NotFoundException("Événement introuvable"));
        var names = schoolNames(collectivite);
        String body = AgendaCalendar.write(
                e.titre() + " — " + collectivite.nom(), List.of(), List.of(eventEntry(e, site, names)));
        return calendar(body, "evenement-" + e.id() + ".ics");
    }

    @GetMapping("/{slug}/agenda.ics")
    ResponseEntity<String> feed(
            Collectivite collectivite, Site site, @RequestParam(required = false) @Nullable String ecole) {
        var school = school(collectivite, ecole);
        String uai = school == null ? null : school.uai();
        LocalDate today = today();
        LocalDate from = today.minusMonths(12);
        LocalDate to = today.plusYears(3);
        var names = schoolNames(collectivite);
        String holidaysUrl = absolute(site.link("/agenda"));
        var holidays = agenda.holidays(collectivite, from, to).stream()
                .map(h ->
                        new AgendaCalendar.HolidayEntry(h, holidaysUrl + "?vue=mois&mois=" + YearMonth.from(h.debut())))
                .toList();
        var events = agenda.events(collectivite, uai, from, to).stream()
                .map(e -> eventEntry(e, site, names))
                .toList();
        String name = "Agenda scolaire — " + collectivite.nom() + (school == null ? "" : " — " + school.nom());
        String file =
                "agenda-" + collectivite.slug() + (uai == null ? "" : "-" + uai.toLowerCase(Locale.ROOT)) + ".ics";
        return calendar(AgendaCalendar.write(name, holidays, events), file);
    }

    private static ResponseEntity<String> calendar(String body, String fileName) {
        return ResponseEntity.ok()
                .contentType(CALENDAR)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline().filename(fileName).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(body);
    }

    private AgendaCalendar.EventEntry eventEntry(AgendaEvent e, Site site, Map<String, String> names) {
        return new AgendaCalendar.EventEntry(
                e, absolute(site.link("/agenda/" + e.id())), e.uai() == null ? null : names.get(e.uai()));
    }

    /** The school asked for, which must be one the collectivité presents (404 otherwise). */
    private @Nullable Etablissement school(Collectivite collectivite, @Nullable String ecole) {
        if (ecole == null || ecole.isBlank()) {
            return null;
        }
        return directory.page(collectivite, ecole.strip());
    }

    private Map<String, String> schoolNames(Collectivite collectivite) {
        Map<String, String> names = new HashMap<>();
        directory.presented(collectivite).forEach(e -> names.put(e.uai(), e.nom()));
        return names;
    }

    private List<SchoolOption> schoolOptions(Collectivite collectivite) {
        var presented = directory.presented(collectivite);
        boolean severalCommunes =
                presented.stream().map(Etablissement::codeCommune).distinct().count() > 1;
        return presented.stream()
                .sorted(Comparator.comparing(Etablissement::nomCommune).thenComparing(Etablissement::nom))
                .map(e -> new SchoolOption(e.uai(), severalCommunes ? e.nom() + " (" + e.nomCommune() + ")" : e.nom()))
                .toList();
    }

    private static Entry entry(HolidayPeriod h) {
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

    private static Entry entry(AgendaEvent e, Site site, Map<String, String> names) {
        return new Entry(
                false,
                e.titre(),
                capitalise(e.quand()),
                e.categorie().libelle(),
                e.lieu().isBlank() ? null : e.lieu(),
                e.uai() == null ? null : names.get(e.uai()),
                site.link("/agenda/" + e.id()),
                null,
                e.exemple(),
                e.firstDay());
    }

    static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    static YearMonth month(@Nullable String mois, LocalDate today) {
        if (mois != null && mois.matches("\\d{4}-\\d{2}")) {
            try {
                var m = YearMonth.parse(mois);
                if (m.getYear() >= 2000 && m.getYear() <= 2100) {
                    return m;
                }
            } catch (DateTimeParseException e) {
                // the current month, below
            }
        }
        return YearMonth.from(today);
    }

    static String absolute(String path) {
        return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString() + path;
    }
}
