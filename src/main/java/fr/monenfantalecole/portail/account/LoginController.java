package fr.monenfantalecole.portail.account;

import fr.monenfantalecole.portail.shared.web.NoForeignId;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The back-office login page. */
@Controller
class LoginController {

    @NoForeignId("page de connexion")
    @GetMapping("/admin/connexion")
    String login(HttpServletRequest request, HttpSession session, CsrfToken csrf, Model model) {
        var params = request.getParameterMap();
        String message = null;
        if (params.containsKey("bloque")) {
            Object minutes = session.getAttribute("portail.login.attente");
            long wait = minutes instanceof Long m ? m : 15;
            message =
                    "Trop de tentatives de connexion ont échoué depuis votre connexion. Pour protéger le compte, réessayez dans "
                            + wait + (wait > 1 ? " minutes." : " minute.");
        } else if (params.containsKey("duree")) {
            message = "Votre connexion a atteint sa durée maximale : reconnectez-vous pour continuer.";
        } else if (params.containsKey("invalide")) {
            message =
                    "L'adresse électronique contient un caractère invisible (espace insécable, caractère de contrôle). "
                            + "Retapez-la au clavier plutôt que de la coller.";
        } else if (params.containsKey("expire")) {
            message =
                    "Votre session a expiré. Ce que vous veniez d'envoyer est gardé : reconnectez-vous pour le retrouver.";
        } else if (params.containsKey("erreur")) {
            message = "Adresse électronique ou mot de passe incorrect. Vérifiez-les et réessayez.";
        }
        Object email = session.getAttribute("portail.login.email");
        model.addAttribute(
                "form",
                new LoginForm(
                        email == null ? "" : email.toString(),
                        message,
                        params.containsKey("deconnecte"),
                        csrf.getParameterName(),
                        csrf.getToken(),
                        params.containsKey("invitation")));
        return "account/login";
    }
}
