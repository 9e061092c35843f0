package fr.monenfantalecole.portail.periscolaire.web;

import fr.monenfantalecole.portail.periscolaire.Activities;
import fr.monenfantalecole.portail.periscolaire.ActivityType;
import fr.monenfantalecole.portail.school.SchoolDirectory;
import fr.monenfantalecole.portail.service.AnneeScolaire;
import fr.monenfantalecole.portail.service.Prestations;
import fr.monenfantalecole.portail.tenant.Collectivite;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The rules of an activity as the collectivité types it, beyond Bean Validation: a school year, at
 * least one day, one of its schools and grids, the last day after the first, one activity of a kind
 * per school and year. Shared by the creation and the change of an activity.
 */
@Component
class ActivityChecks {

    /** The messages by field, and what to save when there is none. */
    record Checked(Map<String, String> errors, Activities.@Nullable Saisie saisie) {}

    private final Activities activities;
    private final SchoolDirectory schools;
    private final Prestations prestations;

    ActivityChecks(Activities activities, SchoolDirectory schools, Prestations prestations) {
        this.activities = activities;
        this.schools = schools;
        this.prestations = prestations;
    }

    Checked check(Collectivite c, ActivityForm form, Map<String, String> bound, @Nullable Long exceptId) {
        var errors = new LinkedHashMap<>(bound);
        String year = form.anneeScolaire() == null ? "" : form.anneeScolaire().strip();
        if (!AnneeScolaire.valide(year)) {
            errors.put("anneeScolaire", "Indiquez l'année scolaire, par exemple 2026-2027.");
        }
        List<DayOfWeek> days = form.jours() == null
                ? List.of()
                : form.jours().stream()
                        .filter(d -> d >= 1 && d <= 7)
                        .map(DayOfWeek::of)
                        .toList();
        if (days.isEmpty()) {
            errors.put("jours", "Cochez au moins un jour de la semaine.");
        }
        ActivityType type = Arrays.stream(ActivityType.values())
                .filter(t -> t.name().equals(form.type()))
                .findFirst()
                .orElse(null);
        if (type == null) {
            errors.putIfAbsent("type", "Choisissez l'activité.");
        }
        if (form.uai() != null
                && schools.presented(c).stream().noneMatch(e -> e.uai().equals(form.uai()))) {
            errors.put("uai", "Choisissez une école de la collectivité.");
        }
        if (form.debut() != null && form.fin() != null && form.fin().isBefore(form.debut())) {
            errors.put("fin", "Le dernier jour vient après le premier.");
        }
        if (form.prestationId() != null
                && prestations.find(c.id(), form.prestationId()).isEmpty()) {
            errors.put("prestationId", "Choisissez une grille de tarifs de la collectivité.");
        }
        if (!errors.isEmpty() || type == null) {
            return new Checked(errors, null);
        }
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
            errors.put("type", "Cette école a déjà cette activité pour " + year + ".");
            return new Checked(errors, null);
        }
        return new Checked(errors, saisie);
    }
}
