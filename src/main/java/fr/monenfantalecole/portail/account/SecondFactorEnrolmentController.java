package fr.monenfantalecole.portail.account;

import fr.monenfantalecole.portail.shared.web.NoForeignId;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A staff member turns on their second factor: a new secret shown as a QR code (and as text, for
 * apps without a camera) until a code from the app confirms it, then the recovery codes, shown once.
 */
@AdminController
class SecondFactorEnrolmentController {

    static final String PATH = "/admin/mon-compte/double-authentification";

    private final SecondFactor secondFactor;
    private final SecondFactorStep step;

    SecondFactorEnrolmentController(SecondFactor secondFactor, SecondFactorStep step) {
        this.secondFactor = secondFactor;
        this.step = step;
    }

    @NoForeignId("second facteur de l'appelant")
    @GetMapping(PATH)
    String page(@AuthenticationPrincipal StaffPrincipal user, HttpServletRequest request, Model model) {
        return show(user, request, model, null);
    }

    @NoForeignId("second facteur de l'appelant")
    @PostMapping(PATH + "/commencer")
    String start(@AuthenticationPrincipal StaffPrincipal user) {
        secondFactor.start(user.id());
        return "redirect:" + PATH;
    }

    @NoForeignId("second facteur de l'appelant")
    @PostMapping(PATH + "/confirmer")
    String confirm(
            @AuthenticationPrincipal StaffPrincipal user,
            @RequestParam(defaultValue = "") String code,
            HttpServletRequest request,
            Model model) {
        var codes = secondFactor.confirm(user.id(), code);
        if (codes.isEmpty()) {
            return show(
                    user,
                    request,
                    model,
                    "Ce code ne convient pas : tapez les 6 chiffres que votre application affiche "
                            + "maintenant pour « Mon enfant à l'école », avant qu'ils ne changent.");
        }
        step.enrolled(request);
        model.addAttribute("view", new EnrolmentView(true, false, null, null, null, codes.get()));
        return "account/double-authentification";
    }

    private String show(StaffPrincipal user, HttpServletRequest request, Model model, @Nullable String error) {
        var secret = secondFactor.pendingSecret(user.id());
        model.addAttribute(
                "view",
                new EnrolmentView(
                        secondFactor.isActive(user.id()),
                        step.enrolmentRequired(request),
                        secret.orElse(null),
                        secret.map(s -> QrCode.svgDataUri(SecondFactor.otpauthUri(s, user.getUsername())))
                                .orElse(null),
                        error,
                        List.of()));
        return "account/double-authentification";
    }
}
