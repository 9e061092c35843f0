package fr.monenfantalecole.portail.localdata;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * When a dated local fact (an enrolment period, a deadline) is over: the last date with a year that
 * its text names ("27 mars 2026", "septembre 2026", "27/03/2026"; a month alone means its last day).
 * A sheet never shows a period that is over as the current one: it reads its national sentence.
 */
public final class DatesPassees {

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("janvier", 1),
            Map.entry("février", 2),
            Map.entry("fevrier", 2),
            Map.entry("mars", 3),
            Map.entry("avril", 4),
            Map.entry("mai", 5),
            Map.entry("juin", 6),
            Map.entry("juillet", 7),
            Map.entry("août", 8),
            Map.entry("aout", 8),
            Map.entry("septembre", 9),
            Map.entry("octobre", 10),
            Map.entry("novembre", 11),
            Map.entry("décembre", 12),
            Map.entry("decembre", 12));

    private static final Pattern WORDS = Pattern.compile(
            "(?:\\b(1er|\\d{1,2})\\s+)?\\b(janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre"
                    + "|octobre|novembre|décembre|decembre)\\s+(\\d{4})\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern NUMBERS = Pattern.compile("\\b(\\d{1,2})/(\\d{1,2})/(\\d{4})\\b");

    private DatesPassees() {}

    /** The last date with a year named in the text; empty when it names none. */
    public static Optional<LocalDate> derniere(String text) {
        return dates(text, false).stream().max(LocalDate::compareTo);
    }

    /** The first date with a year named in the text (a month alone means its first day); empty when none. */
    public static Optional<LocalDate> premiere(String text) {
        return dates(text, true).stream().min(LocalDate::compareTo);
    }

    /** Every date with a year the text names; a month alone is its first or its last day. */
    private static List<LocalDate> dates(String text, boolean monthStarts) {
        List<LocalDate> dates = new ArrayList<>();
        var m = WORDS.matcher(text);
        while (m.find()) {
            int year = Integer.parseInt(m.group(3));
            int month = MONTHS.getOrDefault(m.group(2).toLowerCase(Locale.FRENCH), 1);
            var ym = YearMonth.of(year, month);
            String day = m.group(1);
            int d = day == null
                    ? (monthStarts ? 1 : ym.lengthOfMonth())
                    : day.equals("1er") ? 1 : Integer.parseInt(day);
            dates.add(ym.isValidDay(d) ? ym.atDay(d) : ym.atEndOfMonth());
        }
        var n = NUMBERS.matcher(text);
        while (n.find()) {
            int month = Integer.parseInt(n.group(2));
            if (month >= 1 && month <= 12) {
                var ym = YearMonth.of(Integer.parseInt(n.group(3)), month);
                int d = Integer.parseInt(n.group(1));
                dates.add(ym.isValidDay(d) ? ym.atDay(d) : ym.atEndOfMonth());
            }
        }
        return dates;
    }

    /** A date field whose last date is before today. */
    public static boolean passee(LocalField field, String value, LocalDate today) {
        return field.type() == FieldType.DATE
                && derniere(value).map(d -> d.isBefore(today)).orElse(false);
    }
}
