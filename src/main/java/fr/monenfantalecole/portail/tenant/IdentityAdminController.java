package fr.monenfantalecole.portail.tenant;

import fr.monenfantalecole.portail.account.AdminController;
import fr.monenfantalecole.portail.account.StaffPrincipal;
import fr.monenfantalecole.portail.shared.AuditLog;
import fr.monenfantalecole.portail.shared.web.FormErrors;
import jakarta.validation.Valid;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Back office: a collectivité's identity, its host names and member communes. */
@AdminController
class IdentityAdminController {

    private final Collectivites collectivites;
    private final CollectiviteHosts hosts;
    private final PlatformHosts platformHosts;
    private final AuditLog audit;
    private final FormErrors formErrors;

    IdentityAdminController(
            Collectivites collectivites,
            CollectiviteHosts hosts,
            PlatformHosts platformHosts,
            AuditLog audit,
            FormErrors formErrors) {
        this.collectivites = collectivites;
        this.hosts = hosts;
        this.platformHosts = platformHosts;
        this.audit = audit;
        this.formErrors = formErrors;
    }

    @GetMapping("/admin/{slug}/identite")
    String identity(
            @Managed Collectivite collectivite,
            @RequestParam(required = false) @Nullable String enregistre,
            Model model) {
        var form = IdentityForm.of(
                collectivite, collectivites.hosts(collectivite.id()), collectivites.members(collectivite.id()));
        return page(model, collectivite, form, Map.of(), enregistre != null);
    }

    @PostMapping("/admin/{slug}/identite")
    String save(
            @Managed Collectivite collectivite,
            @AuthenticationPrincipal StaffPrincipal user,
            @Valid @ModelAttribute("identityForm") IdentityForm form,
            BindingResult result,
            Model model) {
        form.check(collectivite, hosts, platformHosts, user.isPlatformAdmin(), result);
        if (result.hasErrors()) {
            return page(model, collectivite, form, formErrors.of(result), false);
        }
        var change = form.change(collectivite, user.isPlatformAdmin());
        collectivites.updateIdentity(collectivite.id(), change, user.isPlatformAdmin());
        audit.record(
                collectivite.id(), user.id(), "IDENTITE_MODIFIEE", "collectivite", collectivite.slug(), change.nom());
        return saved(collectivite);
    }

    /** The operator checked that a declared host name is the collectivité's: it serves the portal from now on. */
    @PostMapping("/admin/{slug}/identite/hote/valider")
    String approveHost(
            @Managed Collectivite collectivite,
            @AuthenticationPrincipal StaffPrincipal user,
            @RequestParam String host) {
        PlatformOnly.require(user);
        if (!platformHosts.isReserved(host) && hosts.approve(collectivite.id(), host)) {
            audit.record(collectivite.id(), user.id(), "HOTE_VALIDE", "collectivite", collectivite.slug(), host);
        }
        return saved(collectivite);
    }

    private static String saved(Collectivite collectivite) {
        return "redirect:/admin/" + collectivite.slug() + "/identite?enregistre";
    }

    private String page(
            Model model, Collectivite collectivite, IdentityForm form, Map<String, String> errors, boolean saved) {
        model.addAttribute("collectivite", collectivite);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("saved", saved);
        model.addAttribute("declaredHosts", hosts.declared(collectivite.id()));
        model.addAttribute("members", collectivites.members(collectivite.id()));
        return "tenant/identite";
    }
}
