package fr.monenfantalecole.portail.tenant;

import fr.monenfantalecole.portail.account.AdminController;
import fr.monenfantalecole.portail.account.StaffPrincipal;
import fr.monenfantalecole.portail.shared.AuditLog;
import fr.monenfantalecole.portail.shared.web.FormErrors;
import fr.monenfantalecole.portail.shared.web.NoForeignId;
import jakarta.validation.Valid;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/** Back office: the collectivités one manages, a new one (the operator), each one's overview and log. */
@AdminController
class CollectiviteAdminController {

    private final ManagedCollectivites managed;
    private final Collectivites collectivites;
    private final AuditLog audit;
    private final ReservedSlugs reservedSlugs;
    private final FormErrors formErrors;

    CollectiviteAdminController(
            ManagedCollectivites managed,
            Collectivites collectivites,
            AuditLog audit,
            ReservedSlugs reservedSlugs,
            FormErrors formErrors) {
        this.managed = managed;
        this.collectivites = collectivites;
        this.audit = audit;
        this.reservedSlugs = reservedSlugs;
        this.formErrors = formErrors;
    }

    @NoForeignId("tableau de bord de l'appelant")
    @GetMapping("/admin")
    String home(@AuthenticationPrincipal StaffPrincipal user, Model model) {
        model.addAttribute("collectivites", managed.all(user));
        model.addAttribute("schoolPages", managed.schoolPagesOnly(user));
        return "tenant/home";
    }

    @GetMapping("/admin/collectivites/nouvelle")
    String creation(@AuthenticationPrincipal StaffPrincipal user, Model model) {
        PlatformOnly.require(user);
        return creationPage(model, NewCollectiviteForm.EMPTY, Map.of());
    }

    @PostMapping("/admin/collectivites/nouvelle")
    String create(
            @AuthenticationPrincipal StaffPrincipal user,
            @Valid @ModelAttribute("newCollectiviteForm") NewCollectiviteForm form,
            BindingResult result,
            Model model) {
        PlatformOnly.require(user);
        form.check(collectivites, reservedSlugs, result);
        if (result.hasErrors()) {
            return creationPage(model, form, formErrors.of(result));
        }
        var created = form.collectivite();
        long id = collectivites.create(created);
        form.members().forEach(c -> collectivites.addMember(id, c.codeInsee(), c.nom()));
        return "redirect:/admin/" + created.slug() + "/identite?enregistre";
    }

    @GetMapping("/admin/{slug}")
    String overview(@Managed Collectivite collectivite, Model model) {
        model.addAttribute("collectivite", collectivite);
        return "tenant/collectivite";
    }

    /** Who changed what in this collectivité's portal, newest first. */
    @GetMapping("/admin/{slug}/journal")
    String journal(@Managed Collectivite collectivite, Model model) {
        model.addAttribute("collectivite", collectivite);
        model.addAttribute("events", audit.recent(collectivite.id(), 200));
        return "tenant/journal";
    }

    private String creationPage(Model model, NewCollectiviteForm form, Map<String, String> errors) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("parents", collectivites.all());
        return "tenant/nouvelle";
    }
}
