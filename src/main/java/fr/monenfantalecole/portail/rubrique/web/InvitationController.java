package fr.monenfantalecole.portail.rubrique.web;

import fr.monenfantalecole.portail.rubrique.Invitations;
import fr.monenfantalecole.portail.shared.NotFoundException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A director opens the link of their invitation, without being logged in: creates their account
 * (or links the existing one), then logs in. A used or expired link is answered as unknown.
 */
@Controller
class InvitationController {

    static final int MIN_PASSWORD = 12;

    private final Invitations invitations;

    InvitationController(Invitations invitations) {
        this.invitations = invitations;
    }

    @GetMapping("/admin/invitation/{token}")
    String show(@PathVariable String token, CsrfToken csrf, Model model) {
        var invitation = invitations.find(token).orElse(null);
        if (invitation == null) {
            return expired(model);
        }
        return form(model, token, invitation.email(), invitations.accountExists(invitation), csrf, "", Map.of());
    }

    @PostMapping("/admin/invitation/{token}")
    String accept(@PathVariable String token, @RequestParam(defaultValue = "") String nom,
            @RequestParam(defaultValue = "") String motDePasse, @RequestParam(defaultValue = "") String confirmation,
            CsrfToken csrf, Model model) {
        var invitation = invitations.find(token).orElse(null);
        if (invitation == null) {
            return expired(model);
        }
        boolean existing = invitations.accountExists(invitation);
        Map<String, String> errors = new LinkedHashMap<>();
        if (!existing) {
            if (nom.isBlank() || nom.length() > 120) {
                errors.put("nom", "Indiquez votre nom, tel que la mairie le verra (120 caractères au plus).");
            }
            if (motDePasse.length() < MIN_PASSWORD || motDePasse.length() > 200) {
                errors.put("motDePasse", "Choisissez un mot de passe d'au moins " + MIN_PASSWORD + " caractères.");
            } else if (!motDePasse.equals(confirmation)) {
                errors.put("confirmation", "Les deux mots de passe ne sont pas identiques.");
            }
        }
        if (!errors.isEmpty()) {
            return form(model, token, invitation.email(), false, csrf, nom, errors);
        }
        if (invitations.accept(token, existing ? null : nom.strip(), existing ? null : motDePasse).isEmpty()) {
            return expired(model);
        }
        return "redirect:/admin/connexion?invitation";
    }

    private static String form(Model model, String token, String email, boolean existing, CsrfToken csrf, String nom,
            Map<String, String> errors) {
        model.addAttribute("token", token);
        model.addAttribute("email", email);
        model.addAttribute("existing", existing);
        model.addAttribute("csrf", csrf);
        model.addAttribute("nom", nom);
        model.addAttribute("errors", errors);
        return "rubrique/invitation";
    }

    private static String expired(Model model) {
        throw new NotFoundException("Ce lien d'invitation a déjà servi ou a expiré : demandez-en un nouveau à la mairie.");
    }
}
