package fr.monenfantalecole.portail.periscolaire;

import fr.monenfantalecole.portail.family.FamilyPrincipal;
import fr.monenfantalecole.portail.family.Household;
import fr.monenfantalecole.portail.service.Montants;
import fr.monenfantalecole.portail.shared.web.FormErrors;
import fr.monenfantalecole.portail.shared.web.NoForeignId;
import fr.monenfantalecole.portail.tenant.Collectivite;
import fr.monenfantalecole.portail.tenant.Site;
import jakarta.validation.Valid;
import java.time.DayOfWeek;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The parent's periscolaire page in Mon espace: the quotient they declare, and for each child the
 * activities of their school, to sign up to for the year with a weekly pattern.
 */
@Controller
class ParentController {

    private final Household household;
    private final FamilyActivities family;
    private final Quotients quotients;
    private final Signups signups;
    private final FormErrors formErrors;

    ParentController(
            Household household, FamilyActivities family, Quotients quotients, Signups signups, FormErrors formErrors) {
        this.household = household;
        this.family = family;
        this.quotients = quotients;
        this.signups = signups;
        this.formErrors = formErrors;
    }

    @NoForeignId("inscriptions du foyer de l'appelant")
    @GetMapping("/{slug}/mon-espace/periscolaire")
    String show(
            Collectivite collectivite,
            Site site,
            CsrfToken csrf,
            @AuthenticationPrincipal FamilyPrincipal me,
            @RequestParam(required = false) @Nullable String enregistre,
            Model model) {
        var adult = household.adult(me, collectivite);
        var declared = quotients.of(adult.id());
        return page(
                collectivite,
                site,
                csrf,
                adult.id(),
                new QuotientForm(
                        declared.map(d -> Montants.saisie(d.quotientCentimes())).orElse(null),
                        declared.map(d -> d.origine().name()).orElse(null)),
                Map.of(),
                enregistre,
                model);
    }

    @NoForeignId("quotient déclaré par l'appelant")
    @PostMapping("/{slug}/mon-espace/periscolaire/quotient")
    String declare(
            Collectivite collectivite,
            Site site,
            CsrfToken csrf,
            @AuthenticationPrincipal FamilyPrincipal me,
            @Valid @ModelAttribute("quotientForm") QuotientForm form,
            BindingResult result,
            Model model) {
        var adult = household.adult(me, collectivite);
        if (result.hasErrors()) {
            return page(collectivite, site, csrf, adult.id(), form, formErrors.of(result), null, model);
        }
        quotients.declare(adult.id(), form.cents(), form.origineChoisie());
        return "redirect:" + site.link("/mon-espace/periscolaire?enregistre=quotient");
    }

    @PostMapping("/{slug}/mon-espace/periscolaire/enfants/{child}/activites/{activity}/inscription")
    String signUp(
            Collectivite collectivite,
            Site site,
            @AuthenticationPrincipal FamilyPrincipal me,
            @PathVariable long child,
            @PathVariable long activity,
            @RequestParam(name = "jour", required = false) @Nullable List<Integer> jours) {
        var adult = household.adult(me, collectivite);
        var enfant = family.child(adult.id(), child);
        Activity a = family.activity(collectivite, enfant, activity);
        List<DayOfWeek> pattern = jours == null
                ? List.of()
                : jours.stream()
                        .filter(d -> d >= 1 && d <= 7)
                        .map(DayOfWeek::of)
                        .filter(a.jours()::contains)
                        .toList();
        signups.signUp(a.id(), enfant.id(), adult.id(), pattern);
        return "redirect:" + site.link("/mon-espace/periscolaire/enfants/" + enfant.id() + "/activites/" + a.id());
    }

    private String page(
            Collectivite collectivite,
            Site site,
            CsrfToken csrf,
            long adultId,
            QuotientForm form,
            Map<String, String> errors,
            @Nullable String enregistre,
            Model model) {
        model.addAttribute("site", site);
        model.addAttribute("csrf", csrf);
        model.addAttribute("enfants", family.of(collectivite, adultId));
        model.addAttribute("quotient", quotients.of(adultId).orElse(null));
        model.addAttribute("quotientForm", form);
        model.addAttribute("errors", errors);
        model.addAttribute("enregistre", enregistre);
        return "periscolaire/espace";
    }
}
