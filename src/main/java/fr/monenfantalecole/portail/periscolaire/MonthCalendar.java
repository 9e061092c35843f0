package fr.monenfantalecole.portail.periscolaire;

import fr.monenfantalecole.portail.tenant.Collectivite;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * A month of one sign-up as the parent's calendar shows it: each day the activity runs, booked or not,
 * and whether it can still change (closed school, past deadline). The weekly pattern is applied here:
 * it books the pattern's days that can still be booked and leaves the exceptions the parent made.
 */
@Service
public class MonthCalendar {

    /** A day of the month; {@code ferme} and {@code verrou} say why it cannot change (null when it can). */
    public record Day(
            LocalDate jour,
            boolean activite,
            boolean reserve,
            @Nullable String ferme,
            @Nullable String verrou,
            @Nullable Long prixCentimes) {

        public boolean modifiable() {
            return activite && ferme == null && verrou == null;
        }
    }

    /** The month, its days, and the cost of the booked ones (at their frozen price). */
    public record Month(YearMonth mois, List<Day> jours, long coutCentimes, int joursReserves) {}

    private final ClosedDays closedDays;
    private final Bookings bookings;
    private final Clock clock;

    MonthCalendar(ClosedDays closedDays, Bookings bookings, Clock clock) {
        this.closedDays = closedDays;
        this.bookings = bookings;
        this.clock = clock;
    }

    public Month of(Collectivite collectivite, Activity activity, Signups.Signup signup, YearMonth mois) {
        LocalDate from = mois.atDay(1);
        LocalDate to = mois.plusMonths(1).atDay(1);
        var closed = closedDays.between(collectivite, from, to);
        var booked = bookings.of(signup.id(), from, to);
        var now = clock.instant();
        var days = new ArrayList<Day>();
        long cost = 0;
        for (LocalDate d = from; d.isBefore(to); d = d.plusDays(1)) {
            var b = booked.get(d);
            if (b != null) {
                cost += b.prixCentimes();
            }
            boolean runs = activity.runs(d);
            String verrou = activity.prevenance().ouverte(d, now)
                    ? null
                    : "modifiable " + activity.prevenance().limiteTexte(d);
            days.add(new Day(
                    d, runs, b != null, runs ? closed.get(d) : null, verrou, b == null ? null : b.prixCentimes()));
        }
        return new Month(mois, days, cost, booked.size());
    }

    /** The days of the month the weekly pattern books that are not booked yet and can be. */
    public Set<LocalDate> patternDays(Month month, Signups.Signup signup) {
        var days = new TreeSet<LocalDate>();
        month.jours().stream()
                .filter(d -> d.modifiable()
                        && !d.reserve()
                        && signup.jours().contains(d.jour().getDayOfWeek()))
                .forEach(d -> days.add(d.jour()));
        return days;
    }
}
