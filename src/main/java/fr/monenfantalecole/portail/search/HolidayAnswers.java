package fr.monenfantalecole.portail.search;

import fr.monenfantalecole.portail.agenda.Agenda;
import fr.monenfantalecole.portail.agenda.HolidayPeriod;
import fr.monenfantalecole.portail.tenant.Collectivite;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.springframework.stereotype.Component;

/**
 * "vacances de noel", "conges de fevrier", "pont de l'ascension", "prochaines vacances": the dates
 * from the official calendar of the collectivité's académie, next occurrence first, with a link to
 * the agenda. A query that only mentions the holidays ("garde pendant les vacances") is about a
 * fiche and gets no answer. When the calendar ends before the period asked for, the answer says so
 * with the agenda's own sentence (who publishes it).
 */
@Component
class HolidayAnswers {

    /** How far ahead a period is looked for: the next one of each kind is within a year. */
    static final int MONTHS = 13;

    private static final Set<String> HOLIDAYS = Set.of("vacances", "vacance", "conges", "conge");
    private static final Set<String> NEXT = Set.of("prochaines", "prochaine", "quand", "date", "dates", "calendrier");

    /** A word of the query → the words of the official file's descriptions that name that period. */
    private static final Map<String, Set<String>> PERIODS = Map.ofEntries(
            Map.entry("toussaint", Set.of("toussaint", "novembre")),
            Map.entry("noel", Set.of("noel")),
            Map.entry("hiver", Set.of("hiver", "fevrier", "carnaval")),
            Map.entry("fevrier", Set.of("hiver", "fevrier", "carnaval")),
            Map.entry("printemps", Set.of("printemps", "paques")),
            Map.entry("paques", Set.of("printemps", "paques")),
            Map.entry("avril", Set.of("printemps", "paques")),
            Map.entry("ete", Set.of("ete", "grandes")),
            Map.entry("grandes", Set.of("ete", "grandes")),
            Map.entry("juillet", Set.of("ete", "grandes")),
            Map.entry("ascension", Set.of("ascension")));

    private final Agenda agenda;

    HolidayAnswers(Agenda agenda) {
        this.agenda = agenda;
    }

    List<Answer> of(Collectivite collectivite, QueryWords query, LocalDate today) {
        Set<String> asked = query.words().stream()
                .filter(PERIODS::containsKey)
                .map(PERIODS::get)
                .findFirst()
                .orElse(Set.of());
        boolean holidays = query.hasAny(HOLIDAYS);
        boolean next = asked.isEmpty() && holidays && query.hasAny(NEXT);
        if (!next && (asked.isEmpty() || !(holidays || query.has("ascension")))) {
            return List.of();
        }
        LocalDate until = today.plusMonths(MONTHS);
        Predicate<HolidayPeriod> wanted =
                h -> next || QueryWords.of(h.description()).hasAny(asked);
        var periods = agenda.holidays(collectivite, today, until).stream()
                .filter(wanted)
                .toList();
        var shown = periods.stream().filter(h -> !h.marker()).toList();
        if (shown.isEmpty()) {
            shown = periods;
        }
        String title = next || shown.isEmpty()
                ? "Les vacances scolaires de l'académie de " + collectivite.academie()
                : shown.getFirst().titre() + " (académie de " + collectivite.academie() + ")";
        if (shown.isEmpty()) {
            return agenda.holidaysNotice(collectivite, until)
                    .map(notice -> List.of(new Answer(Answer.VACANCES, title, "/agenda", notice, List.of())))
                    .orElse(List.of());
        }
        List<String> lines = new ArrayList<>();
        for (var h : shown.subList(0, Math.min(2, shown.size()))) {
            String teachers = h.detailEnseignants();
            lines.add(h.phrase() + (teachers == null ? "" : ". " + teachers));
        }
        return List.of(new Answer(Answer.VACANCES, title, "/agenda", null, lines));
    }
}
