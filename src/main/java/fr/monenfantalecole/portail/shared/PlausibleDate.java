package fr.monenfantalecole.portail.shared;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.jspecify.annotations.Nullable;

/**
 * The dates a school portal can mean: from 2000 to ten years ahead. A year typed as 0000 or 9999
 * is a slip of the keyboard; stored, it sorted first or last forever and broke calendars.
 */
public final class PlausibleDate {

    public static final LocalDate FIRST = LocalDate.of(2000, 1, 1);
    private static final DateTimeFormatter FRENCH = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private PlausibleDate() {}

    /** Called from form records, which have no bean to take the clock from: the portal's zone, today. */
    public static LocalDate last() {
        return LocalDate.of(LocalDate.now(PortailClock.ZONE).getYear() + 10, 12, 31);
    }

    /** A French sentence saying what to change, or null when the date is plausible. */
    public static @Nullable String problem(LocalDate date, String what) {
        if (date.isBefore(FIRST) || date.isAfter(last())) {
            return what + " doit être comprise entre le " + FRENCH.format(FIRST) + " et le " + FRENCH.format(last())
                    + " : vérifiez l'année.";
        }
        return null;
    }
}
