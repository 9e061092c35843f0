package fr.monenfantalecole.portail.tenant;

import fr.monenfantalecole.portail.account.AdminController;
import fr.monenfantalecole.portail.account.StaffPrincipal;
import fr.monenfantalecole.portail.shared.AuditLog;
import fr.monenfantalecole.portail.shared.ImageCheck;
import fr.monenfantalecole.portail.shared.web.FormErrors;
import jakarta.validation.Valid;
import java.io.IOException;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** Back office: a collectivité's branding, its two colours and its logo. */
@AdminController
class BrandingAdminController {

    private final Collectivites collectivites;
    private final AuditLog audit;
    private final FormErrors formErrors;

    BrandingAdminController(Collectivites collectivites, AuditLog audit, FormErrors formErrors) {
        this.collectivites = collectivites;
        this.audit = audit;
        this.formErrors = formErrors;
    }

    @GetMapping("/admin/{slug}/apparence")
    String branding(
            @Managed Collectivite collectivite,
            @RequestParam(required = false) @Nullable String enregistre,
            Model model) {
        return BrandingPage.show(
                model, collectivite, ColoursForm.of(collectivite), BrandingPage.Refusal.NONE, enregistre != null);
    }

    @PostMapping("/admin/{slug}/apparence")
    String saveColours(
            @Managed Collectivite collectivite,
            @AuthenticationPrincipal StaffPrincipal user,
            @Valid @ModelAttribute("coloursForm") ColoursForm form,
            BindingResult result,
            Model model) {
        if (result.hasErrors()) {
            var errors = formErrors.of(result);
            return BrandingPage.show(model, collectivite, form, new BrandingPage.Refusal(errors, null, null), false);
        }
        collectivites.updateColours(collectivite.id(), form.primaire(), form.secondaire());
        audit.record(
                collectivite.id(),
                user.id(),
                "COULEURS_MODIFIEES",
                "collectivite",
                collectivite.slug(),
                form.primaire() + " / " + form.secondaire());
        return saved(collectivite);
    }

    @PostMapping("/admin/{slug}/apparence/logo")
    String saveLogo(
            @Managed Collectivite collectivite,
            @AuthenticationPrincipal StaffPrincipal user,
            @RequestParam(name = "logo", required = false) @Nullable MultipartFile file,
            Model model)
            throws IOException {
        byte[] bytes = file == null ? new byte[0] : file.getBytes();
        return switch (LogoCheck.check(bytes)) {
            case ImageCheck.Accepted accepted -> {
                collectivites.updateLogo(collectivite.id(), accepted.bytes(), accepted.contentType());
                audit.record(collectivite.id(), user.id(), "LOGO_MODIFIE", "collectivite", collectivite.slug(), null);
                yield saved(collectivite);
            }
            case ImageCheck.Refused refused ->
                BrandingPage.show(
                        model,
                        collectivite,
                        ColoursForm.of(collectivite),
                        new BrandingPage.Refusal(Map.of(), refused.message(), null),
                        false);
        };
    }

    @PostMapping("/admin/{slug}/apparence/logo/supprimer")
    String deleteLogo(@Managed Collectivite collectivite) {
        collectivites.updateLogo(collectivite.id(), null, null);
        return saved(collectivite);
    }

    private static String saved(Collectivite collectivite) {
        return BrandingPage.saved(collectivite);
    }
}
