package fr.monenfantalecole.portail.family;

import fr.monenfantalecole.portail.account.LoginName;
import fr.monenfantalecole.portail.shared.web.FormErrors;
import fr.monenfantalecole.portail.shared.web.LinkToken;
import fr.monenfantalecole.portail.shared.web.NoForeignId;
import fr.monenfantalecole.portail.tenant.Collectivite;
import fr.monenfantalecole.portail.tenant.Site;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import java.util.List;
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
 * Creating a family account: the form with the purpose of the data and the consent, then the
 * e-mail's verification link. The link's page asks for a click (a POST): mail scanners that open
 * links must not verify an address in the person's place.
 */
@Controller
class SignUpController {

    private static final String VERIFICATION = "portail.famille.lien.verification";

    private final Adults adults;
    private final FamilyPasswords passwords;
    private final FamilyTokens tokens;
    private final FamilyMails mails;
    private final FamilyJournal journal;
    private final FamilySignIn signIn;
    private final FormErrors formErrors;
    private final FamilyOidcProvider provider;

    SignUpController(
            Adults adults,
            FamilyPasswords passwords,
            FamilyTokens tokens,
            FamilyMails mails,
            FamilyJournal journal,
            FamilySignIn signIn,
            FormErrors formErrors,
            FamilyOidcProvider provider) {
        this.provider = provider;
        this.adults = adults;
        this.passwords = passwords;
        this.tokens = tokens;
        this.mails = mails;
        this.journal = journal;
        this.signIn = signIn;
        this.formErrors = formErrors;
    }

    @NoForeignId("création d'un compte famille")
    @GetMapping("/{slug}/compte/inscription")
    String form(Site site, CsrfToken csrf, Model model) {
        return page(site, csrf, model, SignUpForm.EMPTY, Map.of());
    }

    @NoForeignId("création d'un compte famille")
    @PostMapping("/{slug}/compte/inscription")
    @Transactional
    String signUp(
            Collectivite collectivite,
            Site site,
            CsrfToken csrf,
            @Valid @ModelAttribute("inscription") SignUpForm form,
            BindingResult result,
            Model model) {
        var login = LoginName.normalise(form.email());
        if (login.isEmpty() && !result.hasFieldErrors("email")) {
            result.rejectValue("email", "famille.email.email");
        }
        if (!result.hasFieldErrors("motDePasse")) {
            var problem = passwords.check(
                    form.motDePasse(), form.confirmation(), List.of(form.email(), form.nom(), form.prenoms()));
            if (problem != null) {
                result.rejectValue(problem.field(), problem.code());
            }
        }
        if (result.hasErrors()) {
            return page(site, csrf, model, form.shown(), formErrors.of(result));
        }
        var id = adults.create(new Adults.NewAdult(
                collectivite.id(),
                form.email().strip(),
                passwords.hash(form.motDePasse()),
                form.nom().strip(),
                form.prenoms().strip(),
                Consent.VERSION,
                null,
                null));
        if (id.isEmpty()) {
            result.rejectValue("email", "famille.email.pris");
            return page(site, csrf, model, form.shown(), formErrors.of(result));
        }
        journal.record(collectivite.id(), id.get(), null, "inscription", "consentement " + Consent.VERSION, "famille");
        mails.verification(collectivite, form.email().strip(), tokens.issue(id.get(), FamilyTokens.Usage.VERIFICATION));
        model.addAttribute("site", site);
        model.addAttribute("email", form.email().strip());
        return "family/signup-sent";
    }

    @NoForeignId("porteur du jeton de vérification (secret, haché en base)")
    @GetMapping("/{slug}/compte/verification")
    String verificationPage(
            Site site,
            CsrfToken csrf,
            @RequestParam(required = false) @Nullable String jeton,
            HttpSession session,
            Model model) {
        if (LinkToken.keep(session, VERIFICATION, jeton)) {
            return "redirect:" + site.link("/compte/verification");
        }
        model.addAttribute("site", site);
        model.addAttribute("csrf", csrf);
        model.addAttribute(
                "valide",
                tokens.peek(LinkToken.read(session, VERIFICATION), FamilyTokens.Usage.VERIFICATION)
                        .isPresent());
        return "family/verification";
    }

    @NoForeignId("porteur du jeton de vérification (secret, haché en base)")
    @PostMapping("/{slug}/compte/verification")
    @Transactional
    String verify(
            Collectivite collectivite,
            Site site,
            CsrfToken csrf,
            HttpSession session,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        var adult = tokens.use(LinkToken.read(session, VERIFICATION), FamilyTokens.Usage.VERIFICATION);
        session.removeAttribute(VERIFICATION);
        if (adult.isEmpty()) {
            return verificationPage(site, csrf, null, session, model);
        }
        adults.verifyEmail(adult.get());
        journal.record(collectivite.id(), adult.get(), null, "adresse.confirmee", "", "famille");
        signIn.signIn(adult.get(), collectivite.id(), "lien de confirmation", request, response);
        return "redirect:" + site.link("/mon-espace?bienvenue");
    }

    private String page(Site site, @Nullable CsrfToken csrf, Model model, SignUpForm form, Map<String, String> errors) {
        model.addAttribute(
                "fournisseur",
                provider.properties().enabled() ? provider.properties().label() : null);
        model.addAttribute("site", site);
        model.addAttribute("csrf", csrf);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("consentement", Consent.VERSION);
        return "family/signup";
    }
}
