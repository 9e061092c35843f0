package fr.monenfantalecole.portail.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;

/**
 * How much parents use a school portal on a given day of the year, relative to an ordinary school day:
 * the rentrée, the enrolment weeks for the next year, the school holidays (académie de Rennes, zone B,
 * approximate dates) and the week-end. A model for generated demo traffic only.
 */
final class DemoSeasons {

    private DemoSeasons() {}

    static double factor(LocalDate day) {
        return season(day) * week(day.getDayOfWeek());
    }

    /** The enrolment season, when the carte scolaire is looked up three times as often. */
    static boolean enrolments(LocalDate day) {
        return between(day, 1, 15, 3, 31);
    }

    /** The rentrée and its preparation, when prices and the quotient are looked up most. */
    static boolean rentree(LocalDate day) {
        return between(day, 8, 20, 9, 20);
    }

    private static double season(LocalDate day) {
        if (between(day, 7, 7, 8, 19)) {
            return 0.22; // summer holidays
        }
        if (rentree(day)) {
            return day.getMonthValue() == 8 ? 1.7 : 2.3;
        }
        if (between(day, 10, 18, 11, 3) || between(day, 12, 20, 12, 31) || between(day, 1, 1, 1, 4)) {
            return 0.45; // Toussaint, Noël
        }
        if (between(day, 2, 7, 2, 22) || between(day, 4, 4, 4, 19)) {
            return 0.5; // hiver, printemps (zone B)
        }
        if (enrolments(day)) {
            return 1.45;
        }
        if (between(day, 6, 15, 7, 6)) {
            return 1.25; // end of the year: fêtes d'école, centres de loisirs for the summer
        }
        return 1.0;
    }

    private static double week(DayOfWeek day) {
        return switch (day) {
            case SATURDAY -> 0.42;
            case SUNDAY -> 0.55; // Sunday evening: the week ahead
            case MONDAY -> 1.2;
            case WEDNESDAY -> 1.1;
            default -> 1.0;
        };
    }

    private static boolean between(LocalDate day, int fromMonth, int fromDay, int toMonth, int toDay) {
        var d = MonthDay.from(day);
        return !d.isBefore(MonthDay.of(fromMonth, fromDay)) && !d.isAfter(MonthDay.of(toMonth, toDay));
    }
}
