package fr.monenfantalecole.portail.account.web;

import jakarta.servlet.http.HttpSession;
import org.jspecify.annotations.Nullable;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The back-office login page. */
@Controller
class LoginController {

    @GetMapping("/admin/connexion")
    String login(@RequestParam(required = false) @Nullable String erreur,
            @RequestParam(required = false) @Nullable String bloque,
            @RequestParam(required = false) @Nullable String deconnecte,
            HttpSession session, CsrfToken csrf, Model model) {
        String message = null;
        if (bloque != null) {
            message = "Trop de tentatives de connexion ont échoué. Pour protéger le compte, réessayez dans 15 minutes.";
        } else if (erreur != null) {
            message = "Adresse électronique ou mot de passe incorrect. Vérifiez-les et réessayez.";
        }
        Object email = session.getAttribute("portail.login.email");
        model.addAttribute("form", new LoginForm(email == null ? "" : email.toString(), message, deconnecte != null,
                csrf.getParameterName(), csrf.getToken()));
        return "account/login";
    }

}
