package fr.monenfantalecole.portail.agenda;

import fr.monenfantalecole.portail.agenda.AgendaViews.Entry;
import fr.monenfantalecole.portail.agenda.AgendaViews.EventPage;
import fr.monenfantalecole.portail.agenda.AgendaViews.MonthGrid;
import fr.monenfantalecole.portail.agenda.AgendaViews.MonthGroup;
import fr.monenfantalecole.portail.agenda.AgendaViews.SchoolOption;
import fr.monenfantalecole.portail.shared.NotFoundException;
import fr.monenfantalecole.portail.shared.RichText;
import fr.monenfantalecole.portail.shared.web.NoForeignId;
import fr.monenfantalecole.portail.tenant.Collectivite;
import fr.monenfantalecole.portail.tenant.Site;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The public agenda of a collectivité: list and month views, and event pages. */
@Controller
class AgendaController {

    /** How far the list view looks ahead. */
    static final int LIST_MONTHS = 12;

    private final Agenda agenda;
    private final AgendaSchools schools;
    private final Clock clock;

    AgendaController(Agenda agenda, AgendaSchools schools, Clock clock) {
        this.agenda = agenda;
        this.schools = schools;
        this.clock = clock;
    }

    @NoForeignId("page publique")
    @GetMapping("/{slug}/agenda")
    String agenda(
            Collectivite collectivite,
            Site site,
            @RequestParam(required = false) @Nullable String vue,
            @RequestParam(required = false) @Nullable String mois,
            @RequestParam(required = false) @Nullable String ecole,
            Model model) {
        var school = schools.school(collectivite, ecole);
        String uai = school == null ? null : school.uai();
        var names = schools.names(collectivite);
        LocalDate today = LocalDate.now(clock);
        boolean monthView = "mois".equals(vue) || (mois != null && !mois.isBlank());
        YearMonth month = month(mois, today);
        String ecoleParam = uai == null ? "" : "&ecole=" + uai;

        List<MonthGroup> groups = List.of();
        MonthGrid grid = null;
        if (monthView) {
            LocalDate after = MonthGrid.gridEnd(month).plusDays(1);
            grid = MonthGrid.of(
                    month,
                    today,
                    agenda.holidays(collectivite, MonthGrid.gridStart(month), after),
                    agenda.events(collectivite, uai, MonthGrid.gridStart(month), after),
                    site,
                    ecoleParam);
        } else {
            groups = groups(collectivite, site, uai, today, names);
        }
        String knownUntil = agenda.holidaysNotice(collectivite, today.plusMonths(LIST_MONTHS))
                .orElse(null);
        String ics = site.link("/agenda.ics") + (uai == null ? "" : "?ecole=" + uai);
        model.addAttribute("site", site);
        model.addAttribute(
                "view",
                new AgendaViews.Page(
                        monthView,
                        month.toString(),
                        school == null ? null : new SchoolOption(school.uai(), school.nom()),
                        schools.options(collectivite),
                        groups,
                        grid,
                        site.link("/agenda") + (uai == null ? "" : "?ecole=" + uai),
                        site.link("/agenda?vue=mois&mois=" + month) + ecoleParam,
                        ics,
                        AbsoluteUrls.of(ics),
                        knownUntil));
        return "agenda/agenda";
    }

    private List<MonthGroup> groups(
            Collectivite collectivite, Site site, @Nullable String uai, LocalDate today, Map<String, String> names) {
        LocalDate to = today.plusMonths(LIST_MONTHS);
        List<Entry> entries = new ArrayList<>();
        agenda.holidays(collectivite, today, to).forEach(h -> entries.add(Entry.of(h)));
        agenda.events(collectivite, uai, today, to).forEach(e -> entries.add(Entry.of(e, site, names)));
        return MonthGroup.of(entries, today);
    }

    @GetMapping("/{slug}/agenda/{id:[0-9]{1,12}}")
    String event(Collectivite collectivite, Site site, @PathVariable long id, Model model) {
        var e = agenda.event(collectivite, id).orElseThrow(() -> new NotFoundException("Événement introuvable"));
        String uai = e.uai();
        var school = uai == null ? null : schools.presented(collectivite, uai);
        String ecole = school == null ? null : school.nom();
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
                        ecole == null ? null : site.link("/ecoles/" + uai),
                        RichText.markdownToHtml(e.description()),
                        site.link("/agenda/" + e.id() + ".ics"),
                        e.exemple(),
                        e.firstDay(),
                        site.link("/agenda?vue=mois&mois=" + YearMonth.from(e.firstDay()))));
        model.addAttribute("jsonLd", EventJsonLd.of(e, collectivite, site, school));
        return "agenda/event";
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
}
