package fr.monenfantalecole.portail.family;

import fr.monenfantalecole.portail.agenda.AgendaCalendar;
import fr.monenfantalecole.portail.shared.NotFoundException;
import fr.monenfantalecole.portail.tenant.Collectivite;
import fr.monenfantalecole.portail.tenant.Site;
import java.time.Clock;
import java.time.YearMonth;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The household's personal agenda feed, for a calendar application: the events of the children's
 * schools and of the collectivité, and the holidays. Its address holds a secret instead of a login
 * (calendar applications cannot sign in); the family revokes it from "Mon espace", and an unknown or
 * revoked secret answers 404. Never cached by a shared cache.
 */
@Controller
class FeedController {

    private static final MediaType CALENDAR = MediaType.parseMediaType("text/calendar;charset=UTF-8");

    private final FamilyTokens tokens;
    private final Adults adults;
    private final FamilySpace familySpace;
    private final MySpace space;
    private final Clock clock;

    FeedController(FamilyTokens tokens, Adults adults, FamilySpace familySpace, MySpace space, Clock clock) {
        this.tokens = tokens;
        this.adults = adults;
        this.familySpace = familySpace;
        this.space = space;
        this.clock = clock;
    }

    @GetMapping("/{slug}/mon-espace/agenda/{secret}.ics")
    ResponseEntity<String> feed(Collectivite collectivite, Site site, @PathVariable String secret) {
        long adultId = tokens.peek(secret, FamilyTokens.Usage.AGENDA)
                .filter(id -> familySpace
                        .sharing(collectivite)
                        .contains(adults.get(id).collectiviteId()))
                .orElseThrow(() -> new NotFoundException("Agenda introuvable"));
        var today = space.today();
        var from = today.minusMonths(2);
        var to = today.plusYears(1);
        String origin =
                ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
        var holidays = space.holidays(collectivite, from, to).stream()
                .map(h -> new AgendaCalendar.HolidayEntry(
                        h, origin + site.link("/agenda?vue=mois&mois=" + YearMonth.from(h.debut()))))
                .toList();
        var events = space.events(collectivite, adultId, from, to).stream()
                .map(e -> new AgendaCalendar.EventEntry(e, origin + site.link("/agenda/" + e.id()), null))
                .toList();
        String body =
                AgendaCalendar.write("Agenda de ma famille — " + collectivite.nom(), holidays, events, clock.instant());
        return ResponseEntity.ok()
                .contentType(CALENDAR)
                .cacheControl(CacheControl.noStore())
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"agenda-famille.ics\"")
                .header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "no-referrer")
                .body(body);
    }
}
