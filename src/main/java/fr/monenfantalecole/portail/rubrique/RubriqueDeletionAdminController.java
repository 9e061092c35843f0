package fr.monenfantalecole.portail.rubrique;

import fr.monenfantalecole.portail.account.AdminController;
import fr.monenfantalecole.portail.account.StaffPrincipal;
import fr.monenfantalecole.portail.shared.AuditLog;
import fr.monenfantalecole.portail.tenant.Collectivite;
import fr.monenfantalecole.portail.tenant.Managed;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Deleting a rubrique takes its content away from every establishment: the agent confirms on a page
 * that says how many are concerned, and can undo the deletion afterwards.
 */
@AdminController
class RubriqueDeletionAdminController {

    private final Rubriques rubriques;
    private final AuditLog audit;

    RubriqueDeletionAdminController(Rubriques rubriques, AuditLog audit) {
        this.rubriques = rubriques;
        this.audit = audit;
    }

    @GetMapping("/admin/{slug}/rubriques/{id:[0-9]+}/supprimer")
    String confirm(@Managed(Managed.Scope.SCHOOL_PAGES) Collectivite c, @PathVariable long id, Model model) {
        model.addAttribute("collectivite", c);
        model.addAttribute("rubrique", rubriques.find(c.id(), id));
        model.addAttribute("etablissements", rubriques.establishmentsWithContent(id));
        return "rubrique/delete";
    }

    @PostMapping("/admin/{slug}/rubriques/{id:[0-9]+}/supprimer")
    String delete(
            @Managed(Managed.Scope.SCHOOL_PAGES) Collectivite c,
            @PathVariable long id,
            @AuthenticationPrincipal StaffPrincipal user,
            RedirectAttributes redirect) {
        var r = rubriques.find(c.id(), id);
        rubriques.delete(c.id(), id);
        audit.record(c.id(), user.id(), "RUBRIQUE_SUPPRIMEE", "rubrique", String.valueOf(id), r.titre());
        redirect.addFlashAttribute("message", "Rubrique « " + r.titre() + " » supprimée de tous les établissements.");
        redirect.addFlashAttribute("annulableId", id);
        redirect.addFlashAttribute("annulableTitre", r.titre());
        return back(c);
    }

    @PostMapping("/admin/{slug}/rubriques/{id:[0-9]+}/retablir")
    String restore(
            @Managed(Managed.Scope.SCHOOL_PAGES) Collectivite c,
            @PathVariable long id,
            @AuthenticationPrincipal StaffPrincipal user,
            RedirectAttributes redirect) {
        String refused = rubriques.restore(c.id(), id);
        if (refused != null) {
            redirect.addFlashAttribute("erreur", refused);
        } else {
            var r = rubriques.find(c.id(), id);
            audit.record(c.id(), user.id(), "RUBRIQUE_RETABLIE", "rubrique", String.valueOf(id), r.titre());
            redirect.addFlashAttribute(
                    "message",
                    "Rubrique « " + r.titre() + " » rétablie, avec son contenu dans tous les établissements.");
        }
        return back(c);
    }

    private static String back(Collectivite c) {
        return "redirect:/admin/" + c.slug() + "/rubriques";
    }
}
