package fr.monenfantalecole.portail.family;

import fr.monenfantalecole.portail.account.LoginName;
import fr.monenfantalecole.portail.account.LoginThrottle;
import fr.monenfantalecole.portail.shared.web.FormErrors;
import fr.monenfantalecole.portail.shared.web.LinkToken;
import fr.monenfantalecole.portail.shared.web.NoForeignId;
import fr.monenfantalecole.portail.tenant.Collectivite;
import fr.monenfantalecole.portail.tenant.Site;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "Mot de passe oublié": the same answer whether or not an account exists (nobody learns who has one
 * here), a link valid one hour and once; choosing the new password also confirms the address and
 * ends every other session of the account.
 */
@Controller
class FamilyPasswordResetController {

    private static final String RESET = "portail.famille.lien.reinitialisation";

    private final Adults adults;
    private final FamilyTokens tokens;
    private final FamilyMails mails;
    private final FamilyPasswords passwords;
    private final FamilyJournal journal;
    private final LoginThrottle throttle;
    private final FormErrors formErrors;

    FamilyPasswordResetController(
            Adults adults,
            FamilyTokens tokens,
            FamilyMails mails,
            FamilyPasswords passwords,
            FamilyJournal journal,
            LoginThrottle throttle,
            FormErrors formErrors) {
        this.adults = adults;
        this.tokens = tokens;
        this.mails = mails;
        this.passwords = passwords;
        this.journal = journal;
        this.throttle = throttle;
        this.formErrors = formErrors;
    }

    @NoForeignId("demande de lien, même réponse pour toute adresse")
    @GetMapping("/{slug}/compte/mot-de-passe-oublie")
    String forgotten(Site site, CsrfToken csrf, Model model) {
        model.addAttribute("site", site);
        model.addAttribute("csrf", csrf);
        model.addAttribute("envoye", false);
        return "family/password-forgotten";
    }

    @NoForeignId("demande de lien, même réponse pour toute adresse")
    @PostMapping("/{slug}/compte/mot-de-passe-oublie")
    @Transactional
    String request(
            Collectivite collectivite,
            Site site,
            CsrfToken csrf,
            @RequestParam(defaultValue = "") String email,
            HttpServletRequest request,
            Model model) {
        var login = LoginName.normalise(email);
        var account = login.flatMap(adults::credentials);
        // Counted like sign-in attempts: nobody fills someone's mailbox with links.
        if (account.isPresent()
                && throttle.take("famille-lien:id:" + account.get().id(), request.getRemoteAddr())
                        .isEmpty()) {
            var adult = adults.get(account.get().id());
            mails.reset(collectivite, adult.email(), tokens.issue(adult.id(), FamilyTokens.Usage.REINITIALISATION));
            journal.record(adult.collectiviteId(), adult.id(), null, "mot-de-passe.lien", "", "famille");
        }
        model.addAttribute("site", site);
        model.addAttribute("csrf", csrf);
        model.addAttribute("envoye", true);
        return "family/password-forgotten";
    }

    @NoForeignId("porteur du jeton de réinitialisation (secret, haché en base)")
    @GetMapping("/{slug}/compte/mot-de-passe/nouveau")
    String choose(
            Site site,
            CsrfToken csrf,
            @RequestParam(required = false) @Nullable String jeton,
            HttpSession session,
            Model model) {
        if (LinkToken.keep(session, RESET, jeton)) {
            return "redirect:" + site.link("/compte/mot-de-passe/nouveau");
        }
        return page(site, csrf, model, LinkToken.read(session, RESET), Map.of());
    }

    @NoForeignId("porteur du jeton de réinitialisation (secret, haché en base)")
    @PostMapping("/{slug}/compte/mot-de-passe/nouveau")
    @Transactional
    String change(
            Site site,
            CsrfToken csrf,
            @Valid @ModelAttribute("newPasswordForm") PasswordForms.Choice form,
            BindingResult result,
            HttpSession session,
            Model model) {
        String jeton = LinkToken.read(session, RESET);
        var owner = tokens.peek(jeton, FamilyTokens.Usage.REINITIALISATION);
        if (owner.isEmpty()) {
            return page(site, csrf, model, jeton, Map.of());
        }
        var adult = adults.get(owner.get());
        var problem = passwords.check(form.nouveau(), form.confirmation(), adult.personal());
        if (problem != null) {
            result.rejectValue(problem.field(), problem.code());
        }
        if (result.hasErrors()
                || tokens.use(jeton, FamilyTokens.Usage.REINITIALISATION).isEmpty()) {
            return page(site, csrf, model, jeton, formErrors.of(result));
        }
        session.removeAttribute(RESET);
        adults.changePassword(adult.id(), passwords.hash(form.nouveau()));
        adults.verifyEmail(adult.id());
        journal.record(adult.collectiviteId(), adult.id(), null, "mot-de-passe.change", "par lien", "famille");
        return "redirect:" + site.link("/compte/connexion?nouveauMotDePasse");
    }

    private String page(Site site, CsrfToken csrf, Model model, String jeton, Map<String, String> errors) {
        model.addAttribute("site", site);
        model.addAttribute("csrf", csrf);
        model.addAttribute(
                "valide",
                tokens.peek(jeton, FamilyTokens.Usage.REINITIALISATION).isPresent());
        model.addAttribute("errors", errors);
        return "family/password-choose";
    }
}
