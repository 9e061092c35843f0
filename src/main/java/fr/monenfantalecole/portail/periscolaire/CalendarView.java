package fr.monenfantalecole.portail.periscolaire;

import fr.monenfantalecole.portail.agenda.FrenchDates;
import fr.monenfantalecole.portail.family.Child;
import fr.monenfantalecole.portail.service.Montants;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The calendar page: the month's days the activity runs, ticked as booked (or as the parent ticked them
 * when a refusal sends the page back), and the month's cost at the prices the days were booked at.
 */
public record CalendarView(
        Child enfant,
        Activity activite,
        Signups.Signup inscription,
        MonthCalendar.Month mois,
        @Nullable String erreur,
        @Nullable Set<LocalDate> coches,
        boolean enregistre,
        String base) {

    public List<MonthCalendar.Day> jours() {
        return mois.jours().stream().filter(MonthCalendar.Day::activite).toList();
    }

    public boolean coche(MonthCalendar.Day day) {
        return coches == null || !day.modifiable() ? day.reserve() : coches.contains(day.jour());
    }

    public String titreMois() {
        return FrenchDates.monthTitle(mois.mois());
    }

    public String jourTexte(MonthCalendar.Day day) {
        return FrenchDates.dayWithoutYear(day.jour());
    }

    public String cout() {
        return Montants.euros(mois.coutCentimes());
    }

    public String precedent() {
        return mois.mois().minusMonths(1).toString();
    }

    public String suivant() {
        return mois.mois().plusMonths(1).toString();
    }

    public String motif() {
        return inscription.jours().isEmpty() ? "aucun jour choisi" : Activity.daysText(inscription.jours());
    }
}
