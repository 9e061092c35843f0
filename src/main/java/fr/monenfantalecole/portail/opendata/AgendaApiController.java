package fr.monenfantalecole.portail.opendata;

import fr.monenfantalecole.portail.agenda.Agenda;
import fr.monenfantalecole.portail.agenda.AgendaCalendar;
import fr.monenfantalecole.portail.agenda.AgendaEvent;
import fr.monenfantalecole.portail.agenda.HolidayPeriod;
import fr.monenfantalecole.portail.school.SchoolDirectory;
import fr.monenfantalecole.portail.shared.web.BadApiRequest;
import fr.monenfantalecole.portail.shared.web.NoForeignId;
import fr.monenfantalecole.portail.shared.web.PublicApi;
import fr.monenfantalecole.portail.tenant.Collectivite;
import fr.monenfantalecole.portail.tenant.Collectivites;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A collectivité's agenda as JSON: its académie's school holidays and its (and its schools') events. */
@RestController
@PublicApi
@Tag(name = "Contenus", description = "Questions-réponses, actualités, établissements et agenda d'une collectivité")
class AgendaApiController extends ApiSupport {

    static final int MAX_AGENDA_DAYS = 3 * 366;

    private final SchoolDirectory directory;
    private final Agenda agenda;
    private final Clock clock;

    AgendaApiController(Collectivites collectivites, SchoolDirectory directory, Agenda agenda, Clock clock) {
        super(collectivites);
        this.directory = directory;
        this.agenda = agenda;
        this.clock = clock;
    }

    @Schema(description = "Des vacances scolaires de l'académie")
    record HolidayJson(
            String id,
            String title,

            @Schema(description = "Premier jour sans classe")
            LocalDate start,

            @Schema(description = "Jour de la reprise, au matin (exclu)")
            LocalDate end,

            @Schema(description = "En clair") String description,
            @Nullable LocalDate teachersReturn) {}

    record SchoolRef(String uai, @Nullable String name, String url) {}

    @Schema(description = "Un événement de la collectivité ou de l'une de ses écoles")
    record EventJson(
            long id,
            String uid,
            String title,
            String category,
            String description,
            String location,
            boolean allDay,

            @Schema(description = "Début, heure de Paris avec son décalage")
            OffsetDateTime start,

            @Schema(
                    description =
                            "Fin, heure de Paris avec son décalage ; pour un événement sur des journées entières, "
                                    + "le lendemain du dernier jour à 0 h (exclu), comme dans le fichier iCalendar")
            OffsetDateTime end,

            @Nullable SchoolRef school,
            boolean example,
            String url,
            String ics) {}

    record AgendaJson(
            String collectivite,
            String academie,
            LocalDate from,
            LocalDate to,
            List<HolidayJson> holidays,
            List<EventJson> events) {}

    @NoForeignId("API publique")
    @GetMapping("/api/v1/{slug}/agenda")
    @Operation(
            summary = "Agenda : vacances scolaires et événements",
            description =
                    "Les vacances de l'académie de la collectivité et ses événements (et ceux de ses écoles) entre deux dates ; "
                            + "par défaut les douze prochains mois, au plus trois ans.")
    AgendaJson agenda(
            @Parameter(description = "Identifiant de la collectivité") @PathVariable String slug,
            @Parameter(description = "Code UAI : seulement les événements de la collectivité et de cette école")
                    @RequestParam(required = false)
                    @Nullable
                    String ecole,
            @Parameter(description = "Premier jour (AAAA-MM-JJ), aujourd'hui par défaut")
                    @RequestParam(required = false)
                    @Nullable
                    String du,
            @Parameter(description = "Dernier jour inclus (AAAA-MM-JJ), dans douze mois par défaut")
                    @RequestParam(required = false)
                    @Nullable
                    String au) {
        var c = collectivite(slug);
        LocalDate from = date("du", du, LocalDate.now(clock));
        LocalDate to = date("au", au, from.plusMonths(12));
        if (to.isBefore(from)) {
            throw new BadApiRequest("au doit être le même jour que du ou après.");
        }
        if (to.toEpochDay() - from.toEpochDay() > MAX_AGENDA_DAYS) {
            throw new BadApiRequest("La période demandée dépasse trois ans.");
        }
        String uai = ecole == null || ecole.isBlank()
                ? null
                : directory.page(c, ecole.strip()).uai();
        Map<String, String> names = new HashMap<>();
        directory.presented(c).forEach(e -> names.put(e.uai(), e.nom()));
        var holidays = agenda.holidays(c, from, to.plusDays(1)).stream()
                .map(AgendaApiController::holiday)
                .toList();
        var events = agenda.events(c, uai, from, to.plusDays(1)).stream()
                .map(e -> event(e, c, names))
                .toList();
        return new AgendaJson(c.slug(), c.academie(), from, to, holidays, events);
    }

    static HolidayJson holiday(HolidayPeriod h) {
        return new HolidayJson(h.uid(), h.titre(), h.debut(), h.fin(), h.phrase(), h.teachersReturn());
    }

    static EventJson event(AgendaEvent e, Collectivite c, Map<String, String> names) {
        String base = basePath(c);
        return new EventJson(
                e.id(),
                e.uid().toString(),
                e.titre(),
                e.categorie().libelle(),
                e.description(),
                e.lieu(),
                e.journeeEntiere(),
                e.debut().atZone(AgendaCalendar.PARIS).toOffsetDateTime(),
                (e.journeeEntiere() ? e.lastDay().plusDays(1).atStartOfDay() : e.fin())
                        .atZone(AgendaCalendar.PARIS)
                        .toOffsetDateTime(),
                e.uai() == null
                        ? null
                        : new SchoolRef(e.uai(), names.get(e.uai()), absolute(base + "/ecoles/" + e.uai())),
                e.exemple(),
                absolute(base + "/agenda/" + e.id()),
                absolute(base + "/agenda/" + e.id() + ".ics"));
    }

    private static LocalDate date(String name, @Nullable String value, LocalDate fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            var d = LocalDate.parse(value.strip());
            if (d.getYear() < 2000 || d.getYear() > 2100) {
                throw new BadApiRequest(name + " doit être une date entre 2000 et 2100.");
            }
            return d;
        } catch (DateTimeParseException e) {
            throw new BadApiRequest(name + " doit être une date au format AAAA-MM-JJ, par exemple 2026-09-01.");
        }
    }
}
