package fr.monenfantalecole.portail.shared.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A date as an agent types it in a text field: JJ/MM/AAAA (one-digit day and month accepted), or
 * AAAA-MM-JJ as a date field or a copied ISO date sends it. A day that does not exist (31/02) is
 * not a date: it is refused, not moved to the end of the month.
 */
public final class TypedDate {

    private static final Pattern ISO = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern FRENCH = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");

    private TypedDate() {}

    /** The date, or null when the text is empty or not a date. */
    public static @Nullable LocalDate parse(@Nullable String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String v = typed.strip();
        try {
            if (ISO.matcher(v).matches()) {
                return LocalDate.parse(v);
            }
            var m = FRENCH.matcher(v);
            if (m.matches()) {
                return LocalDate.of(
                        Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
            }
        } catch (DateTimeException e) {
            return null;
        }
        return null;
    }
}
