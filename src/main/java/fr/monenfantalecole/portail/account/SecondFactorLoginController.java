package fr.monenfantalecole.portail.account;

import fr.monenfantalecole.portail.shared.web.NoForeignId;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The second step of a login, for accounts with a second factor: the code of the authenticator app. */
@Controller
class SecondFactorLoginController {

    static final String PATH = "/admin/connexion/code";

    private final SecondFactorStep step;

    SecondFactorLoginController(SecondFactorStep step) {
        this.step = step;
    }

    @NoForeignId("second facteur de l'appelant")
    @GetMapping(PATH)
    String page(CsrfToken csrf, Model model) {
        model.addAttribute("form", new CodeForm(null, csrf.getParameterName(), csrf.getToken()));
        return "account/code";
    }

    @NoForeignId("second facteur de l'appelant")
    @PostMapping(PATH)
    String check(
            @AuthenticationPrincipal StaffPrincipal user,
            @RequestParam(defaultValue = "") String code,
            HttpServletRequest request,
            CsrfToken csrf,
            Model model) {
        var outcome = step.check(request, user, code);
        if (outcome instanceof SecondFactorStep.Accepted accepted) {
            return "redirect:" + accepted.next();
        }
        String error = switch (outcome) {
            case SecondFactorStep.Accepted accepted -> "";
            case SecondFactorStep.Wrong wrong ->
                "Ce code ne convient pas : il a peut-être expiré ou déjà servi. "
                        + "Tapez les 6 chiffres affichés maintenant par votre application, ou un code de secours.";
            case SecondFactorStep.Refused refused ->
                "Trop de codes erronés. Pour protéger le compte, réessayez dans " + refused.minutes()
                        + (refused.minutes() > 1 ? " minutes." : " minute.");
        };
        model.addAttribute("form", new CodeForm(error, csrf.getParameterName(), csrf.getToken()));
        return "account/code";
    }
}
