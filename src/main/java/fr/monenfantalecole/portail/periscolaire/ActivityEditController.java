package fr.monenfantalecole.portail.periscolaire;

import fr.monenfantalecole.portail.account.AdminController;
import fr.monenfantalecole.portail.school.SchoolDirectory;
import fr.monenfantalecole.portail.service.Prestations;
import fr.monenfantalecole.portail.shared.NotFoundException;
import fr.monenfantalecole.portail.shared.web.FormErrors;
import fr.monenfantalecole.portail.tenant.Collectivite;
import fr.monenfantalecole.portail.tenant.Managed;
import jakarta.validation.Valid;
import java.time.DayOfWeek;
import java.util.Map;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * Changing or deleting one of the collectivité's activities. What the families' sign-ups and booked
 * days forbid ({@link ActivityChanges}) is refused with the reason next to the field; an activity of
 * another collectivité is a 404, as one that does not exist.
 */
@AdminController
class ActivityEditController {

    private final Activities activities;
    private final ActivityChanges changes;
    private final ActivityChecks checks;
    private final SchoolDirectory schools;
    private final Prestations prestations;
    private final FormErrors formErrors;

    ActivityEditController(
            Activities activities,
            ActivityChanges changes,
            ActivityChecks checks,
            SchoolDirectory schools,
            Prestations prestations,
            FormErrors formErrors) {
        this.activities = activities;
        this.changes = changes;
        this.checks = checks;
        this.schools = schools;
        this.prestations = prestations;
        this.formErrors = formErrors;
    }

    @GetMapping("/admin/{slug}/periscolaire/activites/{id}")
    String show(@Managed Collectivite c, @PathVariable long id, Model model) {
        var a = activity(c, id);
        return page(c, a, form(a), Map.of(), model);
    }

    @PostMapping("/admin/{slug}/periscolaire/activites/{id}")
    String update(
            @Managed Collectivite c,
            @PathVariable long id,
            @Valid @ModelAttribute("activityForm") ActivityForm form,
            BindingResult result,
            Model model) {
        var a = activity(c, id);
        var saisie = checks.check(c, form, result, id);
        var refused = saisie == null ? formErrors.of(result) : changes.update(c.id(), id, saisie);
        if (!refused.isEmpty()) {
            return page(c, a, form, refused, model);
        }
        return "redirect:/admin/" + c.slug() + "/periscolaire";
    }

    @PostMapping("/admin/{slug}/periscolaire/activites/{id}/supprimer")
    String delete(@Managed Collectivite c, @PathVariable long id, Model model) {
        var a = activity(c, id);
        String refused = changes.delete(c.id(), id);
        if (!refused.isEmpty()) {
            return page(c, a, form(a), Map.of("supprimer", refused), model);
        }
        return "redirect:/admin/" + c.slug() + "/periscolaire";
    }

    private String page(Collectivite c, Activity a, ActivityForm form, Map<String, String> errors, Model model) {
        model.addAttribute("collectivite", c);
        model.addAttribute("activite", a);
        model.addAttribute("usage", changes.usage(a.id()));
        model.addAttribute("ecoles", schools.presented(c));
        model.addAttribute("grilles", prestations.of(c.id(), null));
        model.addAttribute("activityForm", form);
        model.addAttribute("errors", errors);
        return "periscolaire/activite";
    }

    private Activity activity(Collectivite c, long id) {
        return activities.find(c.id(), id).orElseThrow(() -> new NotFoundException("Activité introuvable"));
    }

    private static ActivityForm form(Activity a) {
        return new ActivityForm(
                a.uai(),
                a.type().name(),
                a.anneeScolaire(),
                a.capacite(),
                a.jours().stream().map(DayOfWeek::getValue).toList(),
                a.prestationId(),
                a.prevenance().joursOuvres(),
                a.prevenance().heure(),
                a.debut(),
                a.fin());
    }
}
