package fr.monenfantalecole.portail.rubrique;

import fr.monenfantalecole.portail.account.AdminController;
import fr.monenfantalecole.portail.account.StaffPrincipal;
import fr.monenfantalecole.portail.shared.AuditLog;
import fr.monenfantalecole.portail.shared.web.FormErrors;
import fr.monenfantalecole.portail.tenant.Collectivite;
import fr.monenfantalecole.portail.tenant.Managed;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The rubriques a collectivité chooses for all its school pages: added, renamed, ordered, deleted. */
@AdminController
class RubriqueSetAdminController {

    private final Rubriques rubriques;
    private final AuditLog audit;
    private final FormErrors formErrors;

    RubriqueSetAdminController(Rubriques rubriques, AuditLog audit, FormErrors formErrors) {
        this.rubriques = rubriques;
        this.audit = audit;
        this.formErrors = formErrors;
    }

    @GetMapping("/admin/{slug}/rubriques")
    String rubriques(@Managed(Managed.Scope.SCHOOL_PAGES) Collectivite c, Model model) {
        model.addAttribute("collectivite", c);
        model.addAttribute("own", rubriques.own(c.id()));
        model.addAttribute(
                "inherited", rubriques.resolve(c).filter(RubriqueSet::inherited).orElse(null));
        model.addAttribute("max", Rubriques.MAX);
        model.addAttribute("suggested", SuggestedRubriques.ALL);
        return "rubrique/set";
    }

    @PostMapping("/admin/{slug}/rubriques/proposees")
    String chooseSuggested(
            @Managed(Managed.Scope.SCHOOL_PAGES) Collectivite c, @AuthenticationPrincipal StaffPrincipal user) {
        rubriques.chooseSuggested(c.id());
        audit.record(c.id(), user.id(), "RUBRIQUES_PROPOSEES_CHOISIES", "rubrique", c.slug(), null);
        return back(c);
    }

    @PostMapping("/admin/{slug}/rubriques/ajouter")
    String add(
            @Managed(Managed.Scope.SCHOOL_PAGES) Collectivite c,
            @AuthenticationPrincipal StaffPrincipal user,
            @Valid @ModelAttribute("rubriqueForm") RubriqueForm form,
            BindingResult result,
            RedirectAttributes redirect) {
        String error = result.hasErrors() ? firstError(result) : rubriques.add(c.id(), form.titre(), form.aide());
        if (error != null) {
            redirect.addFlashAttribute("erreur", error);
        } else {
            audit.record(c.id(), user.id(), "RUBRIQUE_AJOUTEE", "rubrique", c.slug(), form.titre());
            redirect.addFlashAttribute(
                    "message", "Rubrique « " + form.titre() + " » ajoutée pour tous les établissements.");
        }
        return back(c);
    }

    @PostMapping("/admin/{slug}/rubriques/{id:[0-9]+}")
    String update(
            @Managed(Managed.Scope.SCHOOL_PAGES) Collectivite c,
            @PathVariable long id,
            @AuthenticationPrincipal StaffPrincipal user,
            @Valid @ModelAttribute("rubriqueForm") RubriqueForm form,
            BindingResult result,
            RedirectAttributes redirect) {
        String error =
                result.hasErrors() ? firstError(result) : rubriques.update(c.id(), id, form.titre(), form.aide());
        if (error != null) {
            redirect.addFlashAttribute("erreur", error);
        } else {
            audit.record(c.id(), user.id(), "RUBRIQUE_MODIFIEE", "rubrique", String.valueOf(id), form.titre());
            redirect.addFlashAttribute("message", "Rubrique « " + form.titre() + " » enregistrée.");
        }
        return back(c);
    }

    @PostMapping("/admin/{slug}/rubriques/{id:[0-9]+}/{direction:monter|descendre}")
    String move(
            @Managed(Managed.Scope.SCHOOL_PAGES) Collectivite c,
            @PathVariable long id,
            @PathVariable String direction) {
        rubriques.move(c.id(), id, "monter".equals(direction) ? -1 : 1);
        return back(c);
    }

    private @Nullable String firstError(BindingResult result) {
        return RubriqueForm.firstOf(formErrors.of(result));
    }

    private static String back(Collectivite c) {
        return "redirect:/admin/" + c.slug() + "/rubriques";
    }
}
