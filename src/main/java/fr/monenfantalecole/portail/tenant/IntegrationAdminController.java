package fr.monenfantalecole.portail.tenant;

import fr.monenfantalecole.portail.account.AdminController;
import fr.monenfantalecole.portail.account.StaffPrincipal;
import fr.monenfantalecole.portail.shared.AuditLog;
import fr.monenfantalecole.portail.shared.web.FormErrors;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Showing the portal inside the collectivité's own website: settings and snippets to copy. */
@AdminController
class IntegrationAdminController {

    private final Integrations integrations;
    private final AuditLog audit;
    private final FormErrors formErrors;

    IntegrationAdminController(Integrations integrations, AuditLog audit, FormErrors formErrors) {
        this.integrations = integrations;
        this.audit = audit;
        this.formErrors = formErrors;
    }

    @GetMapping("/admin/{slug}/integration")
    String integration(
            @Managed Collectivite collectivite,
            @RequestParam(required = false) @Nullable String enregistre,
            HttpServletRequest request,
            Model model) {
        var form = IntegrationForm.of(integrations.of(collectivite.id()));
        return page(model, request, collectivite, form, Map.of(), enregistre != null);
    }

    @PostMapping("/admin/{slug}/integration")
    String save(
            @Managed Collectivite collectivite,
            @AuthenticationPrincipal StaffPrincipal user,
            @Valid @ModelAttribute("integrationForm") IntegrationForm form,
            BindingResult result,
            HttpServletRequest request,
            Model model) {
        form.check(result);
        if (result.hasErrors()) {
            return page(model, request, collectivite, form, formErrors.of(result), false);
        }
        var integration = form.integration();
        integrations.save(collectivite.id(), integration);
        audit.record(
                collectivite.id(),
                user.id(),
                "INTEGRATION_MODIFIEE",
                "collectivite",
                collectivite.slug(),
                String.join(" ", integration.origines()));
        return "redirect:/admin/" + collectivite.slug() + "/integration?enregistre";
    }

    private String page(
            Model model,
            HttpServletRequest request,
            Collectivite collectivite,
            IntegrationForm form,
            Map<String, String> errors,
            boolean saved) {
        String portal = ServletUriComponentsBuilder.fromContextPath(request)
                .replacePath(request.getContextPath())
                .replaceQuery(null)
                .build()
                .toUriString();
        model.addAttribute("collectivite", collectivite);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("saved", saved);
        model.addAttribute("portail", portal);
        model.addAttribute("zones", List.of(Zone.values()));
        return "tenant/integration";
    }
}
