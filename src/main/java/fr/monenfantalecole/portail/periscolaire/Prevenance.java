package fr.monenfantalecole.portail.periscolaire;

import fr.monenfantalecole.portail.agenda.FrenchDates;
import fr.monenfantalecole.portail.shared.PortailClock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

/**
 * The délai de prévenance: a day can be booked or cancelled until {@code heure} (Paris time), {@code
 * joursOuvres} working days before it. Working days are Monday to Friday, public holidays excepted
 * ("two working days before a Monday" is the Thursday before). The deadline itself is refused: at
 * 10:00:00 it is too late, at 09:59:59 it is not.
 */
public record Prevenance(int joursOuvres, LocalTime heure) {

    public static final Prevenance USUELLE = new Prevenance(2, LocalTime.of(10, 0));

    public Prevenance {
        if (joursOuvres < 0 || joursOuvres > 30) {
            throw new IllegalArgumentException("délai de " + joursOuvres + " jours");
        }
    }

    /** The last moment a change to {@code day} is accepted (excluded). */
    public LocalDateTime limite(LocalDate day) {
        LocalDate d = day;
        int left = joursOuvres;
        while (left > 0) {
            d = d.minusDays(1);
            if (ouvre(d)) {
                left--;
            }
        }
        return d.atTime(heure);
    }

    public boolean ouverte(LocalDate day, Instant now) {
        return now.isBefore(limite(day).atZone(PortailClock.ZONE).toInstant());
    }

    /** "jusqu'au mardi 12 janvier 2027 à 10 h", as the refusal states it. */
    public String limiteTexte(LocalDate day) {
        var limite = limite(day);
        return "jusqu'au " + FrenchDates.day(limite.toLocalDate()) + " à " + FrenchDates.time(limite.toLocalTime());
    }

    /** "jusqu'à 10 h, 2 jours ouvrés avant", as the collectivité's rule reads. */
    public String regle() {
        String at = "jusqu'à " + FrenchDates.time(heure);
        return switch (joursOuvres) {
            case 0 -> at + " le jour même";
            case 1 -> at + ", 1 jour ouvré avant";
            default -> at + ", " + joursOuvres + " jours ouvrés avant";
        };
    }

    static boolean ouvre(LocalDate d) {
        return d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY && !PublicHolidays.is(d);
    }
}
