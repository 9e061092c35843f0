package fr.monenfantalecole.portail.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
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

    /** The French public holidays (jours fériés) of metropolitan France. */
    static boolean publicHoliday(LocalDate day) {
        var md = MonthDay.from(day);
        if (FIXED.contains(md)) {
            return true;
        }
        LocalDate easter = easter(day.getYear());
        return day.equals(easter.plusDays(1)) || day.equals(easter.plusDays(39)) || day.equals(easter.plusDays(50));
    }

    private static final List<MonthDay> FIXED = List.of(
            MonthDay.of(1, 1),
            MonthDay.of(5, 1),
            MonthDay.of(5, 8),
            MonthDay.of(7, 14),
            MonthDay.of(8, 15),
            MonthDay.of(11, 1),
            MonthDay.of(11, 11),
            MonthDay.of(12, 25));

    /** Easter Sunday (anonymous Gregorian algorithm, Meeus/Jones/Butcher). */
    static LocalDate easter(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int dayOfMonth = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, dayOfMonth);
    }
}
