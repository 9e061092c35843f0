package fr.monenfantalecole.portail.periscolaire;

import fr.monenfantalecole.portail.school.SchoolDirectory;
import fr.monenfantalecole.portail.service.Prestations;
import fr.monenfantalecole.portail.tenant.Collectivite;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

/**
 * The rules of an activity that Bean Validation cannot see, given to the form's result as
 * {@code rejectValue} (messages in i18n/periscolaire.properties): at least one day, one of the
 * collectivité's schools and grids, a known kind of activity, the last day after the first, one
 * activity of a kind per school and year. Shared by the creation and the change of an activity.
 */
@Component
class ActivityChecks {

    private final Activities activities;
    private final SchoolDirectory schools;
    private final Prestations prestations;

    ActivityChecks(Activities activities, SchoolDirectory schools, Prestations prestations) {
        this.activities = activities;
        this.schools = schools;
        this.prestations = prestations;
    }

    /** What to save, or null when the result has errors (Bean Validation's and these rules'). */
    Activities.@Nullable Saisie check(Collectivite c, ActivityForm form, Errors result, @Nullable Long exceptId) {
        List<DayOfWeek> days = form.jours() == null
                ? List.of()
                : form.jours().stream()
                        .filter(d -> d >= 1 && d <= 7)
                        .map(DayOfWeek::of)
                        .toList();
        if (days.isEmpty()) {
            result.rejectValue("jours", "periscolaire.jours.vide");
        }
        ActivityType type = Arrays.stream(ActivityType.values())
                .filter(t -> t.name().equals(form.type()))
                .findFirst()
                .orElse(null);
        if (type == null) {
            result.rejectValue("type", "periscolaire.type.choix");
        }
        if (form.uai() != null
                && schools.presented(c).stream().noneMatch(e -> e.uai().equals(form.uai()))) {
            result.rejectValue("uai", "periscolaire.uai.choix");
        }
        if (form.debut() != null && form.fin() != null && form.fin().isBefore(form.debut())) {
            result.rejectValue("fin", "periscolaire.fin.avant");
        }
        if (form.prestationId() != null
                && prestations.find(c.id(), form.prestationId()).isEmpty()) {
            result.rejectValue("prestationId", "periscolaire.prestationId.inconnue");
        }
        if (result.hasErrors() || type == null) {
            return null;
        }
        String year = Objects.requireNonNull(form.anneeScolaire(), "checked by @SchoolYear")
                .strip();
        var saisie = new Activities.Saisie(
                Objects.requireNonNull(form.uai()),
                year,
                type,
                Objects.requireNonNull(form.capacite()),
                days,
                form.prestationId(),
                Objects.requireNonNull(form.delaiJours()),
                form.delaiHeure() == null ? LocalTime.of(10, 0) : form.delaiHeure(),
                Objects.requireNonNull(form.debut()),
                Objects.requireNonNull(form.fin()));
        if (activities.taken(c.id(), saisie, exceptId)) {
            result.rejectValue("type", "periscolaire.type.pris", new Object[] {year}, null);
            return null;
        }
        return saisie;
    }
}
