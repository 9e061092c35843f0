package fr.monenfantalecole.portail.agenda;

import fr.monenfantalecole.portail.tenant.Collectivite;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/** What a collectivité's agenda holds between two days: its académie's holidays and its events. */
@Service
public class Agenda {

    private final Holidays holidays;
    private final AgendaEvents events;

    Agenda(Holidays holidays, AgendaEvents events) {
        this.holidays = holidays;
        this.events = events;
    }

    /** The pupils' holidays of the collectivité's académie that touch the days from {@code from} to {@code to} (excluded). */
    public List<HolidayPeriod> holidays(Collectivite collectivite, LocalDate from, LocalDate to) {
        // A week earlier, so that the teachers' line of a summer that ends before "from" still folds in.
        return HolidayPeriod.forParents(holidays.of(collectivite.academie(), from.minusDays(7), to)).stream()
                .filter(h -> !h.lastDay().isBefore(from) && h.debut().isBefore(to))
                .toList();
    }

    /** The events of the collectivité (all, or for one school: the collectivité-wide ones and the school's). */
    public List<AgendaEvent> events(Collectivite collectivite, @Nullable String uai, LocalDate from, LocalDate to) {
        return events.between(collectivite.id(), uai, from, to);
    }

    public Optional<AgendaEvent> event(Collectivite collectivite, long id) {
        return events.find(collectivite.id(), id);
    }

    /** The last day the official calendar covers for the collectivité's académie. */
    public Optional<LocalDate> holidaysKnownUntil(Collectivite collectivite) {
        return holidays.knownUntil(collectivite.academie());
    }

    /**
     * When the official calendar of the collectivité's académie ends before {@code until}: the
     * sentence that says so and who publishes the next one (the agenda and the search answer say it
     * the same way). Empty when it covers {@code until}, or when no calendar was ever loaded.
     */
    public Optional<String> holidaysNotice(Collectivite collectivite, LocalDate until) {
        return holidaysKnownUntil(collectivite)
                .filter(d -> d.isBefore(until))
                .map(d -> "Le calendrier officiel des vacances scolaires de l'académie de " + collectivite.academie()
                        + " est publié jusqu'au " + FrenchDates.day(d)
                        + " ; les vacances suivantes s'afficheront dès sa publication par le ministère.");
    }

    /**
     * The same sentence when the official calendar does not reach the end of the school year that holds
     * {@code today} (the agenda's feed says it; the page says it for its own months).
     */
    public Optional<String> currentYearNotice(Collectivite collectivite, LocalDate today) {
        return holidaysNotice(collectivite, schoolYearEnd(today));
    }

    /** The last day of the school year that holds {@code day}: 30 June (July and August belong to the next). */
    public static LocalDate schoolYearEnd(LocalDate day) {
        return LocalDate.of(day.getMonthValue() >= 7 ? day.getYear() + 1 : day.getYear(), 6, 30);
    }
}
