package fr.monenfantalecole.portail.rubrique;

import fr.monenfantalecole.portail.account.StaffPrincipal;
import fr.monenfantalecole.portail.shared.NotFoundException;
import fr.monenfantalecole.portail.shared.web.FormErrors;
import fr.monenfantalecole.portail.shared.web.NoForeignId;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A director opens the link of their invitation. The token arrives in the query string (which the
 * request log leaves out) and is moved at once into the session, so that it leaves the address bar
 * and the history. A new address chooses its password here; an address that has an account accepts
 * only once signed in as that account. A used or expired link is answered as unknown.
 */
@Controller
class InvitationController {

    static final String PATH = "/admin/invitation";
    static final String TOKEN = "portail.invitation.jeton";

    private final Invitations invitations;
    private final UserDetailsService accounts;
    private final FormErrors formErrors;

    InvitationController(Invitations invitations, UserDetailsService accounts, FormErrors formErrors) {
        this.invitations = invitations;
        this.accounts = accounts;
        this.formErrors = formErrors;
    }

    @NoForeignId("porteur du jeton d'invitation (secret, haché en base, gardé en session)")
    @GetMapping(value = PATH, params = "jeton")
    String open(@RequestParam String jeton, HttpSession session) {
        if (jeton.length() > 100) {
            throw expired();
        }
        session.setAttribute(TOKEN, jeton);
        return "redirect:" + PATH;
    }

    @NoForeignId("porteur du jeton d'invitation (secret, haché en base, gardé en session)")
    @GetMapping(PATH)
    String show(
            HttpSession session, @AuthenticationPrincipal @Nullable StaffPrincipal user, CsrfToken csrf, Model model) {
        String token = token(session);
        var invitation = invitations.find(token).orElseThrow(InvitationController::expired);
        return form(model, invitation.email(), invitations.accountExists(invitation), user, csrf, "", Map.of());
    }

    @NoForeignId("porteur du jeton d'invitation (secret, haché en base, gardé en session)")
    @PostMapping(PATH)
    String accept(
            @Valid @ModelAttribute("acceptanceForm") AcceptanceForm form,
            BindingResult result,
            @AuthenticationPrincipal @Nullable StaffPrincipal user,
            HttpServletRequest request,
            HttpServletResponse response,
            CsrfToken csrf,
            Model model) {
        var session = request.getSession();
        String token = token(session);
        var invitation = invitations.find(token).orElseThrow(InvitationController::expired);
        if (invitations.accountExists(invitation)) {
            if (user == null || !user.getUsername().equalsIgnoreCase(invitation.email())) {
                return form(model, invitation.email(), true, user, csrf, "", Map.of());
            }
            if (invitations.acceptAs(token, user.id()).isEmpty()) {
                throw expired();
            }
            session.removeAttribute(TOKEN);
            refreshGrants(user, request, response);
            return "redirect:/admin/mes-etablissements";
        }
        form.check(result);
        if (result.hasErrors()) {
            return form(model, invitation.email(), false, user, csrf, form.nom(), formErrors.of(result));
        }
        if (invitations
                .acceptAsNewAccount(token, form.nom().strip(), form.motDePasse())
                .isEmpty()) {
            throw expired();
        }
        session.removeAttribute(TOKEN);
        return "redirect:/admin/connexion?invitation";
    }

    /** The new grant applies at once, without signing in again. */
    private void refreshGrants(StaffPrincipal user, HttpServletRequest request, HttpServletResponse response) {
        var fresh = accounts.loadUserByUsername(user.getUsername());
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(fresh, null, fresh.getAuthorities()));
        SecurityContextHolder.setContext(context);
        new HttpSessionSecurityContextRepository().saveContext(context, request, response);
    }

    private static String token(HttpSession session) {
        Object token = session.getAttribute(TOKEN);
        if (token == null) {
            throw expired();
        }
        return token.toString();
    }

    private static String form(
            Model model,
            String email,
            boolean existing,
            @Nullable StaffPrincipal user,
            CsrfToken csrf,
            String nom,
            Map<String, String> errors) {
        model.addAttribute("email", email);
        model.addAttribute("existing", existing);
        model.addAttribute("signedInAs", user == null ? null : user.getUsername());
        model.addAttribute("rightAccount", user != null && user.getUsername().equalsIgnoreCase(email));
        model.addAttribute("csrf", csrf);
        model.addAttribute("nom", nom);
        model.addAttribute("errors", errors);
        return "rubrique/invitation";
    }

    private static NotFoundException expired() {
        return new NotFoundException(
                "Ce lien d'invitation a déjà servi ou a expiré : demandez-en un nouveau à la mairie.");
    }
}
