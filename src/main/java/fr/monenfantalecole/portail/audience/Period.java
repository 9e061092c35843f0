package fr.monenfantalecole.portail.audience;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * The days a dashboard covers, both included, and the step its chart counts by.
 *
 * @param pas "jour", "semaine" or "mois" (PostgreSQL's date_trunc units are day, week, month)
 */
public record Period(LocalDate du, LocalDate au, String pas) {

    public Period {
        if (au.isBefore(du)) {
            throw new IllegalArgumentException("La fin de la période précède son début.");
        }
        if (!pas.equals("jour") && !pas.equals("semaine") && !pas.equals("mois")) {
            pas = "jour";
        }
    }

    public long days() {
        return ChronoUnit.DAYS.between(du, au) + 1;
    }

    /** The period of the same length just before, for comparison. */
    public Period previous() {
        return new Period(du.minusDays(days()), du.minusDays(1), pas);
    }

    /** Months covered, at least a fraction: the denominator of "per month" figures. */
    public double months() {
        return days() / 30.4375;
    }

    String unit() {
        return switch (pas) {
            case "semaine" -> "week";
            case "mois" -> "month";
            default -> "day";
        };
    }

    public String label() {
        return "du " + du.format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRANCE)) + " au "
                + au.format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRANCE));
    }
}
