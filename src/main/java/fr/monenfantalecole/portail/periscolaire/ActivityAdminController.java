package fr.monenfantalecole.portail.periscolaire;

import fr.monenfantalecole.portail.account.AdminController;
import fr.monenfantalecole.portail.school.SchoolDirectory;
import fr.monenfantalecole.portail.service.AnneeScolaire;
import fr.monenfantalecole.portail.service.Prestations;
import fr.monenfantalecole.portail.shared.web.FormErrors;
import fr.monenfantalecole.portail.tenant.Collectivite;
import fr.monenfantalecole.portail.tenant.Managed;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** The collectivité's periscolaire activities per school and school year, and the days it closes. */
@AdminController
class ActivityAdminController {

    private final Activities activities;
    private final ClosedDays closedDays;
    private final SchoolDirectory schools;
    private final Prestations prestations;
    private final FormErrors formErrors;
    private final ActivityChecks checks;
    private final Clock clock;

    ActivityAdminController(
            Activities activities,
            ClosedDays closedDays,
            SchoolDirectory schools,
            Prestations prestations,
            FormErrors formErrors,
            ActivityChecks checks,
            Clock clock) {
        this.activities = activities;
        this.closedDays = closedDays;
        this.schools = schools;
        this.prestations = prestations;
        this.formErrors = formErrors;
        this.checks = checks;
        this.clock = clock;
    }

    @GetMapping("/admin/{slug}/periscolaire")
    String show(@Managed Collectivite c, Model model) {
        String year = AnneeScolaire.of(LocalDate.now(clock));
        int start = Integer.parseInt(year.substring(0, 4));
        var form = new ActivityForm(
                null,
                null,
                year,
                null,
                List.of(1, 2, 4, 5),
                null,
                2,
                LocalTime.of(10, 0),
                LocalDate.of(start, 9, 1),
                LocalDate.of(start + 1, 7, 3));
        return page(c, form, new ClosureForm(null, null), Map.of(), model);
    }

    @PostMapping("/admin/{slug}/periscolaire/activites")
    String create(
            @Managed Collectivite c,
            @Valid @ModelAttribute("activityForm") ActivityForm form,
            BindingResult result,
            Model model) {
        var saisie = checks.check(c, form, result, null);
        if (saisie == null) {
            return page(c, form, new ClosureForm(null, null), formErrors.of(result), model);
        }
        activities.create(c.id(), saisie);
        return "redirect:/admin/" + c.slug() + "/periscolaire";
    }

    @PostMapping("/admin/{slug}/periscolaire/fermetures")
    String close(
            @Managed Collectivite c,
            @Valid @ModelAttribute("closureForm") ClosureForm form,
            BindingResult result,
            Model model) {
        var errors = formErrors.of(result);
        if (!errors.isEmpty() || form.jour() == null || form.motif() == null) {
            return page(c, null, form, errors, model);
        }
        closedDays.close(c.id(), form.jour(), form.motif().strip());
        return "redirect:/admin/" + c.slug() + "/periscolaire";
    }

    @PostMapping("/admin/{slug}/periscolaire/fermetures/{id}/supprimer")
    String reopen(@Managed Collectivite c, @PathVariable long id) {
        closedDays.reopen(c.id(), id);
        return "redirect:/admin/" + c.slug() + "/periscolaire";
    }

    private String page(
            Collectivite c,
            @org.jspecify.annotations.Nullable ActivityForm form,
            ClosureForm closure,
            Map<String, String> errors,
            Model model) {
        String year = AnneeScolaire.of(LocalDate.now(clock));
        model.addAttribute("collectivite", c);
        model.addAttribute("activites", activities.of(c.id()));
        model.addAttribute("ecoles", schools.presented(c));
        model.addAttribute("grilles", prestations.of(c.id(), null));
        model.addAttribute(
                "fermetures",
                closedDays.closures(
                        c.id(),
                        LocalDate.now(clock).minusMonths(1),
                        LocalDate.now(clock).plusYears(1)));
        model.addAttribute(
                "activityForm",
                form != null
                        ? form
                        : new ActivityForm(
                                null, null, year, null, List.of(1, 2, 4, 5), null, 2, LocalTime.of(10, 0), null, null));
        model.addAttribute("closureForm", closure);
        model.addAttribute("errors", errors);
        return "periscolaire/admin";
    }
}
