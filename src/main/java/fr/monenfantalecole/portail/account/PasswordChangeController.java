package fr.monenfantalecole.portail.account;

import fr.monenfantalecole.portail.shared.web.FormErrors;
import fr.monenfantalecole.portail.shared.web.NoForeignId;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Any staff account changes its password, giving the current one; its other sessions end. A session
 * that guesses the current password wrong too often is ended too.
 */
@AdminController
class PasswordChangeController {

    static final String PATH = "/admin/mon-compte/mot-de-passe";
    static final String FAILURES = "portail.motDePasse.echecs";
    static final int MAX_FAILURES = 5;

    private final Passwords passwords;
    private final FormErrors formErrors;

    PasswordChangeController(Passwords passwords, FormErrors formErrors) {
        this.passwords = passwords;
        this.formErrors = formErrors;
    }

    @NoForeignId("mot de passe de l'appelant")
    @GetMapping(PATH)
    String form(Model model) {
        model.addAttribute("errors", Map.of());
        return "account/password-change";
    }

    @NoForeignId("mot de passe de l'appelant")
    @PostMapping(PATH)
    String change(
            @Valid @ModelAttribute("passwordChangeForm") PasswordChangeForm form,
            BindingResult result,
            @AuthenticationPrincipal StaffPrincipal user,
            HttpServletRequest request,
            Model model,
            RedirectAttributes redirect)
            throws Exception {
        var session = request.getSession();
        if (!passwords.matches(user.id(), form.actuel())) {
            int failures = session.getAttribute(FAILURES) instanceof Integer n ? n + 1 : 1;
            if (failures >= MAX_FAILURES) {
                request.logout();
                session.invalidate();
                return "redirect:/admin/connexion";
            }
            session.setAttribute(FAILURES, failures);
            result.rejectValue("motDePasseActuel", "account.motDePasseActuel.faux");
        }
        if (result.hasErrors()) {
            model.addAttribute("errors", formErrors.of(result));
            return "account/password-change";
        }
        session.removeAttribute(FAILURES);
        // Every other session of the account ends (this one is still stored under its current id), then
        // this one gets a new id.
        passwords.change(user.id(), form.nouveau(), session.getId());
        request.changeSessionId();
        redirect.addFlashAttribute("message", "Votre mot de passe est changé ; vos autres sessions sont fermées.");
        return "redirect:" + PATH;
    }
}
