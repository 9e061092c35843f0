package fr.monenfantalecole.portail.demo;

import fr.monenfantalecole.portail.periscolaire.PublicHolidays;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.TemporalAdjusters;
import java.util.function.Predicate;

/**
 * Plausible dates for demo events: a school meeting on a school day, a fête at the end of the school
 * year, nothing on a public holiday, a Sunday or during the holidays (the official ones when the
 * calendar knows them, the usual Christmas and summer breaks when it does not yet).
 */
record DemoDates(Predicate<LocalDate> officialHoliday) {

    /** The days of the school holidays that every year has, for a year the official file does not cover yet. */
    static boolean usualBreak(LocalDate day) {
        var md = MonthDay.from(day);
        return !md.isBefore(MonthDay.of(12, 20))
                || md.isBefore(MonthDay.of(1, 4))
                || day.getMonthValue() >= 7 && day.getMonthValue() <= 8;
    }

    boolean holiday(LocalDate day) {
        return officialHoliday.test(day) || usualBreak(day) || publicHoliday(day);
    }

    /** A day of class on or after {@code from}: Monday, Tuesday, Thursday or Friday, out of the holidays. */
    LocalDate schoolDay(LocalDate from) {
        LocalDate day = from;
        while (holiday(day)
                || day.getDayOfWeek() == DayOfWeek.WEDNESDAY
                || day.getDayOfWeek().getValue() >= 6) {
            day = day.plusDays(1);
        }
        return day;
    }

    /** A Saturday out of the holidays, on or after {@code from}, for an event families attend at the weekend. */
    LocalDate saturday(LocalDate from) {
        LocalDate day = from.with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
        while (holiday(day)) {
            day = day.plusWeeks(1);
        }
        return day;
    }

    /** The school's end-of-year fête: the last Friday of June that is not a holiday, after {@code from}. */
    LocalDate endOfYearFete(LocalDate from) {
        int year = from.getMonthValue() >= 7 || from.isAfter(lastFridayOfJune(from.getYear()))
                ? from.getYear() + 1
                : from.getYear();
        LocalDate day = lastFridayOfJune(year);
        while (publicHoliday(day) || officialHoliday.test(day)) {
            day = day.minusWeeks(1);
        }
        return day;
    }

    private static LocalDate lastFridayOfJune(int year) {
        return LocalDate.of(year, 6, 30).with(TemporalAdjusters.previousOrSame(DayOfWeek.FRIDAY));
    }

    /** The French public holidays, as the periscolaire bookings count them. */
    static boolean publicHoliday(LocalDate day) {
        return PublicHolidays.is(day);
    }
}
