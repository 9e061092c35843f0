package fr.monenfantalecole.portail.account;

import fr.monenfantalecole.portail.shared.web.FormErrors;
import fr.monenfantalecole.portail.shared.web.LinkToken;
import fr.monenfantalecole.portail.shared.web.NoForeignId;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A forgotten password: the address is asked, a link leaves by e-mail; opening it (its token moved at
 * once from the query string into the session, out of the address bar) lets the person choose a new
 * password, once.
 */
@Controller
class PasswordResetController {

    static final String ASK = "/admin/mot-de-passe-oublie";
    static final String CHOOSE = "/admin/mot-de-passe/nouveau";
    static final String TOKEN = "portail.motDePasse.jeton";

    private final PasswordResets resets;
    private final FormErrors formErrors;

    PasswordResetController(PasswordResets resets, FormErrors formErrors) {
        this.resets = resets;
        this.formErrors = formErrors;
    }

    @NoForeignId("demande de lien, même réponse pour toute adresse")
    @GetMapping(ASK)
    String ask(CsrfToken csrf, Model model) {
        return askPage(model, csrf, "", null, false);
    }

    @NoForeignId("demande de lien, même réponse pour toute adresse")
    @PostMapping(ASK)
    String request(
            @Valid @ModelAttribute("resetRequestForm") ResetRequestForm form,
            BindingResult result,
            HttpServletRequest request,
            CsrfToken csrf,
            Model model) {
        String email = form.typed();
        if (result.hasErrors()) {
            return askPage(model, csrf, email, formErrors.of(result).get("email"), false);
        }
        if (resets.request(email, request.getRemoteAddr()) == PasswordResets.Outcome.TOO_MANY_FROM_HERE) {
            return askPage(
                    model,
                    csrf,
                    email,
                    "Trop de demandes sont parties d'ici en une heure : réessayez plus tard.",
                    false);
        }
        return askPage(model, csrf, "", null, true);
    }

    @NoForeignId("porteur du jeton de réinitialisation (secret, haché en base)")
    @GetMapping(value = CHOOSE, params = "jeton")
    String open(@RequestParam String jeton, HttpSession session) {
        LinkToken.keep(session, TOKEN, jeton);
        return "redirect:" + CHOOSE;
    }

    @NoForeignId("porteur du jeton de réinitialisation (secret, haché en base)")
    @GetMapping(value = CHOOSE, params = "fait")
    String done() {
        return "account/password-reset-done";
    }

    @NoForeignId("porteur du jeton de réinitialisation (secret, haché en base)")
    @GetMapping(CHOOSE)
    String choose(HttpSession session, CsrfToken csrf, Model model) {
        if (validToken(session) == null) {
            return "account/password-link-expired";
        }
        return choosePage(model, csrf, Map.of());
    }

    @NoForeignId("porteur du jeton de réinitialisation (secret, haché en base)")
    @PostMapping(CHOOSE)
    String reset(
            @Valid @ModelAttribute("passwordChoiceForm") PasswordChoiceForm form,
            BindingResult result,
            HttpSession session,
            CsrfToken csrf,
            Model model) {
        String token = validToken(session);
        if (token == null) {
            return "account/password-link-expired";
        }
        if (result.hasErrors()) {
            return choosePage(model, csrf, formErrors.of(result));
        }
        if (!resets.reset(token, form.nouveau())) {
            return "account/password-link-expired";
        }
        session.removeAttribute(TOKEN);
        return "redirect:" + CHOOSE + "?fait";
    }

    private @Nullable String validToken(HttpSession session) {
        String token = LinkToken.read(session, TOKEN);
        return !token.isEmpty() && resets.find(token).isPresent() ? token : null;
    }

    private static String askPage(Model model, CsrfToken csrf, String email, @Nullable String error, boolean sent) {
        model.addAttribute("csrf", csrf);
        model.addAttribute("email", email);
        model.addAttribute("error", error);
        model.addAttribute("sent", sent);
        return "account/password-forgotten";
    }

    private static String choosePage(Model model, CsrfToken csrf, Map<String, String> errors) {
        model.addAttribute("csrf", csrf);
        model.addAttribute("errors", errors);
        return "account/password-choose";
    }
}
