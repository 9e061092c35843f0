package fr.monenfantalecole.portail.agenda;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates and times as French parents read them: "samedi 1er novembre 2025", "18 h 30". */
public final class FrenchDates {

    private static final DateTimeFormatter WEEKDAY = DateTimeFormatter.ofPattern("EEEE", Locale.FRANCE);
    private static final DateTimeFormatter MONTH_YEAR = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.FRANCE);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM", Locale.FRANCE);

    private FrenchDates() {}

    /** "samedi 18 octobre 2025". */
    public static String day(LocalDate date) {
        return WEEKDAY.format(date) + " " + dayOfMonth(date) + " " + MONTH_YEAR.format(date);
    }

    /** "samedi 18 octobre", when the year is obvious. */
    public static String dayWithoutYear(LocalDate date) {
        return WEEKDAY.format(date) + " " + dayOfMonth(date) + " " + MONTH.format(date);
    }

    /** "1er", "2", "18". */
    public static String dayOfMonth(LocalDate date) {
        return date.getDayOfMonth() == 1 ? "1er" : String.valueOf(date.getDayOfMonth());
    }

    /** "novembre 2026". */
    public static String month(YearMonth month) {
        return MONTH_YEAR.format(month);
    }

    /** "Novembre 2026". */
    public static String monthTitle(YearMonth month) {
        String m = month(month);
        return Character.toUpperCase(m.charAt(0)) + m.substring(1);
    }

    /** "18 h 30", "9 h". */
    public static String time(LocalTime time) {
        return time.getMinute() == 0
                ? time.getHour() + " h"
                : time.getHour() + " h " + "%02d".formatted(time.getMinute());
    }

    public static String weekday(LocalDate date) {
        return WEEKDAY.format(date);
    }
}
