package fr.monenfantalecole.portail.agenda;

import fr.monenfantalecole.portail.shared.NotFoundException;
import fr.monenfantalecole.portail.shared.web.NoForeignId;
import fr.monenfantalecole.portail.tenant.Collectivite;
import fr.monenfantalecole.portail.tenant.Site;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The agenda as iCalendar feeds parents add to their phone: the whole agenda (or a school's), one event. */
@Controller
class AgendaFeedController {

    static final MediaType CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

    private final Agenda agenda;
    private final AgendaSchools schools;
    private final Clock clock;

    AgendaFeedController(Agenda agenda, AgendaSchools schools, Clock clock) {
        this.agenda = agenda;
        this.schools = schools;
        this.clock = clock;
    }

    @GetMapping("/{slug}/agenda/{id:[0-9]{1,12}}.ics")
    ResponseEntity<String> eventIcs(Collectivite collectivite, Site site, @PathVariable long id) {
        var e = agenda.event(collectivite, id).orElseThrow(() -> new NotFoundException("Événement introuvable"));
        var names = schools.names(collectivite);
        String body = AgendaCalendar.write(
                e.titre() + " — " + collectivite.nom(),
                List.of(),
                List.of(eventEntry(e, site, names)),
                clock.instant());
        return calendar(body, "evenement-" + e.id() + ".ics");
    }

    /** A year back (a parent checks what happened) and three ahead (the official calendar's reach). */
    @NoForeignId("flux public")
    @GetMapping("/{slug}/agenda.ics")
    ResponseEntity<String> feed(
            Collectivite collectivite, Site site, @RequestParam(required = false) @Nullable String ecole) {
        var school = schools.school(collectivite, ecole);
        String uai = school == null ? null : school.uai();
        LocalDate today = LocalDate.now(clock);
        LocalDate from = today.minusMonths(12);
        LocalDate to = today.plusYears(3);
        var names = schools.names(collectivite);
        String holidaysUrl = AbsoluteUrls.of(site.link("/agenda"));
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
        String notice = agenda.currentYearNotice(collectivite, today).orElse(null);
        return calendar(AgendaCalendar.write(name, notice, holidays, events, clock.instant()), file);
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

    private static AgendaCalendar.EventEntry eventEntry(AgendaEvent e, Site site, Map<String, String> names) {
        String uai = e.uai();
        return new AgendaCalendar.EventEntry(
                e, AbsoluteUrls.of(site.link("/agenda/" + e.id())), uai == null ? null : names.get(uai));
    }
}
