package fr.monenfantalecole.portail.rubrique;

import fr.monenfantalecole.portail.account.AdminController;
import fr.monenfantalecole.portail.account.StaffPrincipal;
import fr.monenfantalecole.portail.shared.AuditLog;
import fr.monenfantalecole.portail.shared.web.FormErrors;
import fr.monenfantalecole.portail.tenant.Collectivite;
import fr.monenfantalecole.portail.tenant.Managed;
import jakarta.validation.Valid;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** "Structures municipales": the establishments the collectivité runs, whose pages carry the same rubriques. */
@AdminController
class LocalStructureAdminController {

    private final SchoolPages pages;
    private final AuditLog audit;
    private final FormErrors formErrors;

    LocalStructureAdminController(SchoolPages pages, AuditLog audit, FormErrors formErrors) {
        this.pages = pages;
        this.audit = audit;
        this.formErrors = formErrors;
    }

    @GetMapping("/admin/{slug}/structures")
    String structures(@Managed(Managed.Scope.SCHOOL_PAGES) Collectivite c, Model model) {
        return page(model, c, LocalStructureForm.empty(), Map.of());
    }

    @PostMapping("/admin/{slug}/structures")
    String add(
            @Managed(Managed.Scope.SCHOOL_PAGES) Collectivite c,
            @AuthenticationPrincipal StaffPrincipal user,
            @Valid @ModelAttribute("structureForm") LocalStructureForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        form.check(result);
        var kind = form.kind();
        if (result.hasErrors() || kind == null) {
            return page(model, c, form, formErrors.of(result));
        }
        String nom = form.nom().strip();
        long id = pages.addLocalStructure(c.id(), nom, kind, form.adresse().strip(), form.lat(), form.lon());
        audit.record(c.id(), user.id(), "STRUCTURE_AJOUTEE", "structure", String.valueOf(id), nom);
        redirect.addFlashAttribute("message", "« " + nom + " » ajoutée : elle a les mêmes rubriques que les écoles.");
        return "redirect:/admin/" + c.slug() + "/structures";
    }

    private String page(Model model, Collectivite c, LocalStructureForm form, Map<String, String> errors) {
        model.addAttribute("collectivite", c);
        model.addAttribute("structures", pages.localStructures(c.id()));
        model.addAttribute("errors", errors);
        model.addAttribute("form", form);
        model.addAttribute("natures", LocalStructure.Nature.values());
        return "rubrique/structures";
    }
}
