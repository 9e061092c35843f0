package fr.monenfantalecole.portail.tenant;

import fr.monenfantalecole.portail.account.AdminController;
import fr.monenfantalecole.portail.account.StaffPrincipal;
import fr.monenfantalecole.portail.shared.AuditLog;
import fr.monenfantalecole.portail.shared.ImageCheck;
import java.io.IOException;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** Back office: the home page's banner, an image of the collectivité's own or an illustration of the portal. */
@AdminController
class BannerAdminController {

    private final Banners banners;
    private final AuditLog audit;

    BannerAdminController(Banners banners, AuditLog audit) {
        this.banners = banners;
        this.audit = audit;
    }

    @PostMapping("/admin/{slug}/apparence/banniere")
    String saveImage(
            @Managed Collectivite collectivite,
            @AuthenticationPrincipal StaffPrincipal user,
            @RequestParam(name = "banniere", required = false) @Nullable MultipartFile file,
            Model model)
            throws IOException {
        byte[] bytes = file == null ? new byte[0] : file.getBytes();
        return switch (BannerCheck.check(bytes)) {
            case ImageCheck.Accepted accepted -> {
                banners.updateImage(collectivite.id(), accepted.bytes(), accepted.contentType());
                audit.record(
                        collectivite.id(), user.id(), "BANNIERE_MODIFIEE", "collectivite", collectivite.slug(), null);
                yield BrandingPage.saved(collectivite);
            }
            case ImageCheck.Refused refused -> refused(model, collectivite, refused.message());
        };
    }

    @PostMapping("/admin/{slug}/apparence/banniere/supprimer")
    String deleteImage(@Managed Collectivite collectivite) {
        banners.updateImage(collectivite.id(), null, null);
        return BrandingPage.saved(collectivite);
    }

    /** "aucune" keeps the header alone; an unknown name (a forged form) is refused in French, not a 500. */
    @PostMapping("/admin/{slug}/apparence/illustration")
    String saveIllustration(
            @Managed Collectivite collectivite,
            @AuthenticationPrincipal StaffPrincipal user,
            @RequestParam(name = "illustration", required = false) @Nullable String choice,
            Model model) {
        var illustration = Illustration.of(choice);
        if (illustration.isEmpty() && !"aucune".equals(choice)) {
            return refused(model, collectivite, "Choisissez l'une des illustrations proposées, ou « Aucune ».");
        }
        banners.updateIllustration(collectivite.id(), illustration.orElse(null));
        audit.record(
                collectivite.id(),
                user.id(),
                "ILLUSTRATION_CHOISIE",
                "collectivite",
                collectivite.slug(),
                illustration.map(Illustration::file).orElse("aucune"));
        return BrandingPage.saved(collectivite);
    }

    private static String refused(Model model, Collectivite collectivite, String message) {
        return BrandingPage.show(
                model,
                collectivite,
                ColoursForm.of(collectivite),
                new BrandingPage.Refusal(Map.of(), null, message),
                false);
    }
}
