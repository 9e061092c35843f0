package fr.monenfantalecole.portail.demo;

import fr.monenfantalecole.portail.agenda.AgendaCalendar;
import fr.monenfantalecole.portail.agenda.AgendaEvent;
import fr.monenfantalecole.portail.agenda.AgendaEvents;
import fr.monenfantalecole.portail.agenda.EventCategory;
import fr.monenfantalecole.portail.agenda.Holidays;
import fr.monenfantalecole.portail.tenant.Collectivites;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Example events (marked as such) for the demo communes, dated from today on at plausible dates
 * ({@link DemoDates}): an inscription period, an information meeting and a school fête at a real
 * school of the commune. Loaded once
 * per commune, when it has no example event.
 */
@Component
@Order(30)
class DemoAgenda implements ApplicationRunner {

    private final DemoData demo;
    private final Collectivites collectivites;
    private final AgendaEvents events;
    private final TransactionTemplate transaction;
    private final Holidays holidays;

    DemoAgenda(
            DemoData demo,
            Collectivites collectivites,
            AgendaEvents events,
            TransactionTemplate transaction,
            Holidays holidays) {
        this.holidays = holidays;
        this.demo = demo;
        this.collectivites = collectivites;
        this.events = events;
        this.transaction = transaction;
    }

    /** A commune's examples: where parents enrol, and two schools. */
    record Commune(String slug, String guichet, String reunionUai, String feteUai) {}

    static final List<Commune> COMMUNES = List.of(
            new Commune("fougeres", "Guichet Famille, Hôtel de ville, 2 rue Nationale", "0350256N", "0351861H"),
            new Commune("rennes", "Point Info Familles, Hôtel de Ville, place de la Mairie", "0350612A", "0350594F"),
            new Commune("vitre", "Service Éducation, mairie de Vitré, 5 place du Château", "0352434F", "0352434F"),
            new Commune(
                    "saint-malo",
                    "Direction de l'Éducation, Hôtel de Ville, place Chateaubriand",
                    "0352278L",
                    "0350543A"));

    @Override
    public void run(ApplicationArguments args) {
        if (!demo.enabled()) {
            return;
        }
        LocalDate today = LocalDate.now(AgendaCalendar.PARIS);
        for (Commune commune : COMMUNES) {
            collectivites.findBySlug(commune.slug()).ifPresent(c -> {
                if (events.countExamples(c.id()) == 0) {
                    var lines = holidays.of(c.academie(), today, today.plusYears(1));
                    var dates = new DemoDates(day -> lines.stream()
                            .anyMatch(h -> !h.teachersOnly() && !day.isBefore(h.debut()) && day.isBefore(h.fin())));
                    transaction.executeWithoutResult(status -> load(c.id(), commune, today, dates));
                }
            });
        }
    }

    private void load(long collectiviteId, Commune commune, LocalDate today, DemoDates dates) {
        LocalDate inscriptions = dates.schoolDay(today.plusDays(8));
        LocalDate reunion = dates.schoolDay(today.plusDays(1));
        LocalDate fete = dates.endOfYearFete(today);
        LocalDate conseil = dates.saturday(today.plusDays(33));
        add(
                collectiviteId,
                null,
                "Inscriptions scolaires pour la rentrée de septembre",
                EventCategory.INSCRIPTION,
                """
                Votre enfant entre en petite section ou en CP, ou vous arrivez dans la commune ? Inscrivez-le
                pendant cette période.

                - livret de famille ou acte de naissance ;
                - justificatif de domicile de moins de trois mois ;
                - carnet de santé (vaccinations).

                *Exemple de démonstration.*""",
                commune.guichet(),
                inscriptions,
                null,
                dates.schoolDay(inscriptions.plusDays(52)),
                null);
        add(
                collectiviteId,
                commune.reunionUai(),
                "Réunion d'information : entrer à l'école maternelle",
                EventCategory.REUNION,
                "Présentation de l'école, de la journée d'un enfant de petite section, de la cantine et de la garderie. "
                        + "*Exemple de démonstration.*",
                "Salle de motricité de l'école",
                reunion,
                LocalTime.of(18, 30),
                reunion,
                LocalTime.of(20, 0));
        add(
                collectiviteId,
                commune.feteUai(),
                "Fête de fin d'année de l'école",
                EventCategory.FETE,
                "Chants des classes, stands préparés par l'association des parents d'élèves, goûter partagé. "
                        + "*Exemple de démonstration.*",
                "Cour de l'école",
                fete,
                LocalTime.of(16, 30),
                fete,
                LocalTime.of(19, 0));
        add(
                collectiviteId,
                null,
                "Conseil municipal des enfants : séance plénière",
                EventCategory.AUTRE,
                "Les jeunes élus présentent leurs projets. Séance ouverte aux familles. *Exemple de démonstration.*",
                "Salle du conseil, mairie",
                conseil,
                LocalTime.of(10, 0),
                conseil,
                LocalTime.of(11, 30));
    }

    private void add(
            long collectiviteId,
            @Nullable String uai,
            String titre,
            EventCategory categorie,
            String description,
            String lieu,
            LocalDate startDay,
            @Nullable LocalTime startTime,
            LocalDate endDay,
            @Nullable LocalTime endTime) {
        boolean allDay = startTime == null;
        var data = new AgendaEvent.Data(
                uai,
                titre,
                categorie,
                description,
                lieu,
                allDay,
                allDay ? startDay.atStartOfDay() : startDay.atTime(startTime),
                allDay || endTime == null ? endDay.atStartOfDay() : endDay.atTime(endTime));
        events.create(collectiviteId, data, null, true);
    }
}
