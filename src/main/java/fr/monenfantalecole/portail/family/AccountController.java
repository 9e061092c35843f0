package fr.monenfantalecole.portail.family;

import fr.monenfantalecole.portail.shared.web.FormErrors;
import fr.monenfantalecole.portail.shared.web.NoForeignId;
import fr.monenfantalecole.portail.tenant.Collectivite;
import fr.monenfantalecole.portail.tenant.Site;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "Mon compte et mes données": change the password (the other sessions end), download everything
 * (JSON and PDF, written in the journal), delete the account, and read the account's journal.
 */
@Controller
class AccountController {

    private final Household household;
    private final Adults adults;
    private final FamilyPasswords passwords;
    private final FamilyExport export;
    private final AccountDeletion deletion;
    private final FamilyJournal journal;
    private final FamilySignIn signIn;
    private final FormErrors formErrors;

    AccountController(
            Household household,
            Adults adults,
            FamilyPasswords passwords,
            FamilyExport export,
            AccountDeletion deletion,
            FamilyJournal journal,
            FamilySignIn signIn,
            FormErrors formErrors) {
        this.household = household;
        this.adults = adults;
        this.passwords = passwords;
        this.export = export;
        this.deletion = deletion;
        this.journal = journal;
        this.signIn = signIn;
        this.formErrors = formErrors;
    }

    @NoForeignId("compte de l'appelant")
    @GetMapping("/{slug}/mon-espace/compte")
    String show(
            Collectivite collectivite,
            Site site,
            CsrfToken csrf,
            @AuthenticationPrincipal FamilyPrincipal me,
            @RequestParam(required = false) @Nullable String motDePasseChange,
            Model model) {
        household.adult(me, collectivite);
        return page(
                site, csrf, me, model, Map.of(), motDePasseChange != null ? "Votre mot de passe est changé." : null);
    }

    @NoForeignId("mot de passe de l'appelant")
    @PostMapping("/{slug}/mon-espace/compte/mot-de-passe")
    String changePassword(
            Collectivite collectivite,
            Site site,
            CsrfToken csrf,
            @AuthenticationPrincipal FamilyPrincipal me,
            @Valid @ModelAttribute("passwordChangeForm") PasswordForms.Change form,
            BindingResult result,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        var adult = household.adult(me, collectivite);
        var credentials = adults.credentialsOf(adult.id()).orElseThrow();
        if (credentials.motDePasse() != null && !passwords.matches(form.actuelTape(), credentials.motDePasse())) {
            result.rejectValue("actuel", "famille.motDePasse.actuel");
        }
        var problem = passwords.check(form.nouveau(), form.confirmation(), adult.personal());
        if (problem != null) {
            result.rejectValue(problem.field(), problem.code());
        }
        if (result.hasErrors()) {
            return page(site, csrf, me, model, formErrors.of(result), null);
        }
        adults.changePassword(adult.id(), passwords.hash(form.nouveau()));
        journal.record(adult.collectiviteId(), adult.id(), null, "mot-de-passe.change", "depuis mon espace", "famille");
        // Every session ends with the epoch; this one goes on under the new epoch.
        signIn.signIn(adult.id(), collectivite.id(), "après changement de mot de passe", request, response);
        return "redirect:" + site.link("/mon-espace/compte?motDePasseChange");
    }

    @NoForeignId("données de l'appelant")
    @GetMapping("/{slug}/mon-espace/donnees.json")
    ResponseEntity<FamilyExport.Data> json(Collectivite collectivite, @AuthenticationPrincipal FamilyPrincipal me) {
        var adult = household.adult(me, collectivite);
        return download(MediaType.APPLICATION_JSON, "mes-donnees.json").body(export.of(adult.id(), "JSON"));
    }

    @NoForeignId("données de l'appelant")
    @GetMapping("/{slug}/mon-espace/donnees.pdf")
    ResponseEntity<byte[]> pdf(Collectivite collectivite, @AuthenticationPrincipal FamilyPrincipal me) {
        var adult = household.adult(me, collectivite);
        return download(MediaType.APPLICATION_PDF, "mes-donnees.pdf")
                .body(FamilyExportPdf.write(export.of(adult.id(), "PDF"), collectivite.nom()));
    }

    @NoForeignId("compte de l'appelant")
    @PostMapping("/{slug}/mon-espace/compte/supprimer")
    String delete(
            Collectivite collectivite,
            Site site,
            CsrfToken csrf,
            @AuthenticationPrincipal FamilyPrincipal me,
            @Valid @ModelAttribute("deletionForm") PasswordForms.Deletion form,
            BindingResult result,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        var adult = household.adult(me, collectivite);
        if (result.hasErrors()) {
            return page(site, csrf, me, model, formErrors.of(result), null);
        }
        deletion.delete(adult.id(), "famille");
        signIn.signOut(request, response);
        model.addAttribute("site", site);
        return "family/deleted";
    }

    private static ResponseEntity.BodyBuilder download(MediaType type, String file) {
        return ResponseEntity.ok()
                .contentType(type)
                .cacheControl(CacheControl.noStore())
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(file).build().toString());
    }

    private String page(
            Site site,
            CsrfToken csrf,
            FamilyPrincipal me,
            Model model,
            Map<String, String> errors,
            @Nullable String notice) {
        var adult = adults.get(me.adulteId());
        model.addAttribute("site", site);
        model.addAttribute("csrf", csrf);
        model.addAttribute("adult", adult);
        model.addAttribute(
                "aMotDePasse",
                adults.credentialsOf(adult.id())
                        .map(c -> c.motDePasse() != null)
                        .orElse(false));
        model.addAttribute("journal", journal.of(adult.id(), 50));
        model.addAttribute("errors", errors);
        model.addAttribute("notice", notice);
        return "family/account";
    }
}
