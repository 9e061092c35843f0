package fr.monenfantalecole.portail.agenda;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An event of a collectivité, or of one of its schools when {@code uai} is set. Times are Paris
 * wall-clock times; an all-day event runs from the day of {@code debut} to the day of {@code fin}
 * included.
 */
public record AgendaEvent(
        long id,
        UUID uid,
        long collectiviteId,
        @Nullable String uai,
        String titre,
        EventCategory categorie,
        String description,
        String lieu,
        boolean journeeEntiere,
        LocalDateTime debut,
        LocalDateTime fin,
        boolean exemple) {

    public LocalDate firstDay() {
        return debut.toLocalDate();
    }

    public LocalDate lastDay() {
        return fin.toLocalDate();
    }

    public boolean covers(LocalDate day) {
        return !day.isBefore(firstDay()) && !day.isAfter(lastDay());
    }

    /** "samedi 27 juin 2026 de 10 h à 17 h", "du lundi 4 janvier 2027 au vendredi 12 février 2027". */
    public String quand() {
        if (journeeEntiere) {
            return firstDay().equals(lastDay())
                    ? FrenchDates.day(firstDay())
                    : "du " + FrenchDates.day(firstDay()) + " au " + FrenchDates.day(lastDay());
        }
        if (firstDay().equals(lastDay())) {
            String day = FrenchDates.day(firstDay());
            return debut.equals(fin)
                    ? day + " à " + FrenchDates.time(debut.toLocalTime())
                    : day + " de " + FrenchDates.time(debut.toLocalTime()) + " à "
                            + FrenchDates.time(fin.toLocalTime());
        }
        return "du " + FrenchDates.day(firstDay()) + " à " + FrenchDates.time(debut.toLocalTime()) + " au "
                + FrenchDates.day(lastDay()) + " à " + FrenchDates.time(fin.toLocalTime());
    }

    /** The hours on one day of the event, for a calendar cell: "18 h 30", or "" when all day. */
    public String heureLe(LocalDate day) {
        if (journeeEntiere || !day.equals(firstDay())) {
            return "";
        }
        return FrenchDates.time(debut.toLocalTime());
    }

    /** The event's own fields, as created or changed. */
    public record Data(
            @Nullable String uai,
            String titre,
            EventCategory categorie,
            String description,
            String lieu,
            boolean journeeEntiere,
            LocalDateTime debut,
            LocalDateTime fin) {}
}
