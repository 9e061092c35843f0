package fr.monenfantalecole.portail.periscolaire;

import fr.monenfantalecole.portail.agenda.FrenchDates;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * The kitchen's count for a day: meals per school, and whether it is final. It is final once the délai
 * de prévenance of the day's meal activities is past (the day before at the deadline, or earlier):
 * families can no longer change it.
 */
@Service
public class MealCount {

    /** The count of a day; {@code etat} says from when it is final, or until when it may still change. */
    public record Count(LocalDate jour, List<DailyLists.Meals> ecoles, long total, boolean definitif, String etat) {}

    private final DailyLists lists;
    private final Activities activities;
    private final Clock clock;

    MealCount(DailyLists lists, Activities activities, Clock clock) {
        this.lists = lists;
        this.activities = activities;
        this.clock = clock;
    }

    public Count of(long collectiviteId, LocalDate day) {
        var meals = lists.meals(collectiviteId, day);
        long total = meals.stream().mapToLong(DailyLists.Meals::repas).sum();
        var latest = activities.of(collectiviteId).stream()
                .filter(a -> a.type().repas() && a.runs(day))
                .map(a -> a.prevenance().limite(day))
                .max(java.util.Comparator.naturalOrder());
        if (latest.isEmpty()) {
            return new Count(day, meals, total, true, "Aucune activité avec repas ce jour-là.");
        }
        var limite = latest.get();
        boolean done = !java.time.LocalDateTime.now(clock).isBefore(limite);
        String when = FrenchDates.day(limite.toLocalDate()) + " à " + FrenchDates.time(limite.toLocalTime());
        return new Count(
                day,
                meals,
                total,
                done,
                done
                        ? "Compte définitif : les réservations sont closes depuis le " + when + "."
                        : "Compte provisoire : les familles peuvent encore réserver ou annuler jusqu'au " + when + ".");
    }
}
