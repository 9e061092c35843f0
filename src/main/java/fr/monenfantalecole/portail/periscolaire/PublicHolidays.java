package fr.monenfantalecole.portail.periscolaire;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The French public holidays of mainland France (Code du travail, L3133-1), Easter-based ones included:
 * Easter Monday, Ascension and Whit Monday. Alsace-Moselle's two extra days are not counted.
 */
public final class PublicHolidays {

    private static final Map<MonthDay, String> FIXED = fixed();

    private PublicHolidays() {}

    /** The holiday's name, or empty on a day like any other. */
    public static Optional<String> of(LocalDate day) {
        var fixed = FIXED.get(MonthDay.from(day));
        if (fixed != null) {
            return Optional.of(fixed);
        }
        LocalDate easter = easterSunday(day.getYear());
        if (day.equals(easter.plusDays(1))) {
            return Optional.of("lundi de Pâques");
        }
        if (day.equals(easter.plusDays(39))) {
            return Optional.of("Ascension");
        }
        if (day.equals(easter.plusDays(50))) {
            return Optional.of("lundi de Pentecôte");
        }
        return Optional.empty();
    }

    public static boolean is(LocalDate day) {
        return of(day).isPresent();
    }

    /** Easter Sunday of the Gregorian calendar (the anonymous algorithm of Meeus, Jones and Butcher). */
    public static LocalDate easterSunday(int year) {
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

    private static Map<MonthDay, String> fixed() {
        var days = new LinkedHashMap<MonthDay, String>();
        days.put(MonthDay.of(1, 1), "jour de l'An");
        days.put(MonthDay.of(5, 1), "fête du Travail");
        days.put(MonthDay.of(5, 8), "Victoire 1945");
        days.put(MonthDay.of(7, 14), "fête nationale");
        days.put(MonthDay.of(8, 15), "Assomption");
        days.put(MonthDay.of(11, 1), "Toussaint");
        days.put(MonthDay.of(11, 11), "Armistice 1918");
        days.put(MonthDay.of(12, 25), "Noël");
        return Map.copyOf(days);
    }
}
