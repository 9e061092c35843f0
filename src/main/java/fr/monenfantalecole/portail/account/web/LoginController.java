package fr.monenfantalecole.portail.account.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The back-office login page. */
@Controller
class LoginController {

    @GetMapping("/admin/connexion")
    String login(HttpServletRequest request, HttpSession session, CsrfToken csrf, Model model) {
        var params = request.getParameterMap();
        String message = null;
        if (params.containsKey("bloque")) {
            message = "Trop de tentatives de connexion ont échoué. Pour protéger le compte, réessayez dans 15 minutes.";
        } else if (params.containsKey("expire")) {
            message = "Votre session a expiré. Ce que vous veniez d'envoyer est gardé : reconnectez-vous pour le retrouver.";
        } else if (params.containsKey("erreur")) {
            message = "Adresse électronique ou mot de passe incorrect. Vérifiez-les et réessayez.";
        }
        Object email = session.getAttribute("portail.login.email");
        model.addAttribute("form", new LoginForm(email == null ? "" : email.toString(), message, params.containsKey("deconnecte"),
                csrf.getParameterName(), csrf.getToken(), params.containsKey("invitation")));
        return "account/login";
    }

}
