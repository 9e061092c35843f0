package fr.monenfantalecole.portail.audience;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;

/** The period asked in the address (?du=2026-09-01&au=2026-11-30&pas=semaine), the last 30 days by default. */
final class PeriodParams {

    static final int MAX_DAYS = 800;

    private PeriodParams() {}

    static Period read(@Nullable String du, @Nullable String au, @Nullable String pas, LocalDate today) {
        LocalDate end = parse(au, today);
        LocalDate start = parse(du, end.minusDays(29));
        if (end.isAfter(today)) {
            end = today;
        }
        if (start.isAfter(end)) {
            start = end;
        }
        if (start.isBefore(end.minusDays(MAX_DAYS))) {
            start = end.minusDays(MAX_DAYS);
        }
        return new Period(start, end, pas == null ? "jour" : pas);
    }

    private static LocalDate parse(@Nullable String text, LocalDate fallback) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            return fallback;
        }
    }
}
