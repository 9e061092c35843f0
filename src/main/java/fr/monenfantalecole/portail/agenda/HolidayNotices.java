package fr.monenfantalecole.portail.agenda;

import fr.monenfantalecole.portail.account.AdminNotice;
import fr.monenfantalecole.portail.account.AdminNotices;
import fr.monenfantalecole.portail.account.StaffPrincipal;
import fr.monenfantalecole.portail.tenant.Collectivite;
import fr.monenfantalecole.portail.tenant.Collectivites;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import org.springframework.stereotype.Component;

/**
 * Reminds the platform team, on every back-office page, to load the next edition of the official holiday
 * calendar from six months before the summer that opens the school year it is missing for (July and
 * August count with the year they open): until then the agenda, the search's
 * holiday answer and the iCalendar feeds say that the next holidays are not published yet. Agents of a
 * collectivité see nothing (they cannot load it).
 */
@Component
class HolidayNotices implements AdminNotices {

    /** How far ahead the calendar must reach: the school year that holds this many months from today. */
    static final int MONTHS_AHEAD = 6;

    private final Holidays holidays;
    private final Collectivites collectivites;
    private final Clock clock;

    HolidayNotices(Holidays holidays, Collectivites collectivites, Clock clock) {
        this.holidays = holidays;
        this.collectivites = collectivites;
        this.clock = clock;
    }

    @Override
    public List<AdminNotice> of(StaffPrincipal user) {
        if (!user.isPlatformAdmin()) {
            return List.of();
        }
        LocalDate needed = Agenda.schoolYearEnd(LocalDate.now(clock).plusMonths(MONTHS_AHEAD));
        var missing = new TreeSet<String>();
        LocalDate earliest = null;
        var known = holidays.knownUntilByAcademie();
        for (String academie : collectivites.all().stream()
                .map(Collectivite::academie)
                .distinct()
                .toList()) {
            var until = Optional.ofNullable(known.get(academie.strip().toLowerCase(Locale.ROOT)));
            if (until.isEmpty() || until.get().isBefore(needed)) {
                missing.add(academie);
                if (until.isPresent() && (earliest == null || until.get().isBefore(earliest))) {
                    earliest = until.get();
                }
            }
        }
        if (missing.isEmpty()) {
            return List.of();
        }
        String reach = earliest == null
                ? "Aucun calendrier officiel des vacances scolaires n'est chargé"
                : "Le calendrier officiel des vacances scolaires chargé s'arrête au " + FrenchDates.day(earliest);
        return List.of(new AdminNotice(
                reach + " pour l'année scolaire " + (needed.getYear() - 1) + "-" + needed.getYear() + " (académies : "
                        + String.join(", ", missing)
                        + "). Chargez l'édition suivante du calendrier scolaire publiée par le ministère de "
                        + "l'Éducation nationale : en attendant, l'agenda, la recherche et les flux iCalendar "
                        + "annoncent que les prochaines vacances ne sont pas encore publiées.",
                "/admin/vacances-scolaires",
                "Charger le calendrier"));
    }
}
