package fr.monenfantalecole.portail.family;

import fr.monenfantalecole.portail.shared.NotFoundException;
import fr.monenfantalecole.portail.shared.web.FormErrors;
import fr.monenfantalecole.portail.shared.web.NoForeignId;
import fr.monenfantalecole.portail.tenant.Collectivite;
import fr.monenfantalecole.portail.tenant.Site;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** "Mon foyer": the adult's details and the adults allowed to collect the children. */
@Controller
class HouseholdController {

    private static final Map<String, String> NOTICES = Map.of(
            "profilEnregistre", "Vos coordonnées sont enregistrées.",
            "enfantAjoute", "L'enfant est ajouté à votre foyer.",
            "enfantModifie", "Les informations de l'enfant sont enregistrées.",
            "enfantRetire", "L'enfant est retiré de votre compte.",
            "autoriseAjoute", "La personne est ajoutée à la liste des adultes autorisés.",
            "autoriseRetire", "La personne est retirée de la liste des adultes autorisés.",
            "invitationEnvoyee", "L'invitation est envoyée : elle est valable 7 jours.",
            "invitationAnnulee", "L'invitation est annulée : son lien ne fonctionne plus.");

    private final Household household;
    private final HouseholdPage page;
    private final Adults adults;
    private final AuthorisedAdults authorised;
    private final FamilyJournal journal;
    private final FormErrors formErrors;

    HouseholdController(
            Household household,
            HouseholdPage page,
            Adults adults,
            AuthorisedAdults authorised,
            FamilyJournal journal,
            FormErrors formErrors) {
        this.household = household;
        this.page = page;
        this.adults = adults;
        this.authorised = authorised;
        this.journal = journal;
        this.formErrors = formErrors;
    }

    @NoForeignId("foyer de l'appelant")
    @GetMapping("/{slug}/mon-espace/foyer")
    String show(
            Collectivite collectivite,
            Site site,
            CsrfToken csrf,
            @AuthenticationPrincipal FamilyPrincipal me,
            HttpServletRequest request,
            Model model) {
        var adult = household.adult(me, collectivite);
        String notice = NOTICES.entrySet().stream()
                .filter(e -> request.getParameter(e.getKey()) != null)
                .map(Map.Entry::getValue)
                .findFirst()
                .orElse(null);
        return page.show(site, csrf, model, adult, null, null, null, Map.of(), notice);
    }

    @NoForeignId("coordonnées de l'appelant")
    @PostMapping("/{slug}/mon-espace/foyer/profil")
    String profile(
            Collectivite collectivite,
            Site site,
            CsrfToken csrf,
            @AuthenticationPrincipal FamilyPrincipal me,
            @Valid @ModelAttribute("profil") ProfileForm form,
            BindingResult result,
            Model model) {
        var adult = household.adult(me, collectivite);
        if (result.hasErrors()) {
            return page.show(site, csrf, model, adult, form, null, null, formErrors.of(result), null);
        }
        adults.update(
                adult.id(),
                new Adults.Profile(
                        form.nom().strip(),
                        form.prenoms().strip(),
                        blankToNull(form.telephone()),
                        blankToNull(form.adresse()),
                        blankToNull(form.codePostal()),
                        blankToNull(form.ville()),
                        form.parCourriel(),
                        form.parSms()));
        journal.record(adult.collectiviteId(), adult.id(), null, "coordonnees.modifiees", "", "famille");
        return "redirect:" + site.link("/mon-espace/foyer?profilEnregistre");
    }

    @NoForeignId("adultes autorisés de l'appelant")
    @PostMapping("/{slug}/mon-espace/autorises")
    String addAuthorised(
            Collectivite collectivite,
            Site site,
            CsrfToken csrf,
            @AuthenticationPrincipal FamilyPrincipal me,
            @Valid @ModelAttribute("autorise") AuthorisedForm form,
            BindingResult result,
            Model model) {
        var adult = household.adult(me, collectivite);
        if (result.hasErrors()) {
            return page.show(site, csrf, model, adult, null, form, null, formErrors.of(result), null);
        }
        authorised.add(
                adult.id(),
                form.autoriseNom().strip(),
                form.autorisePrenoms().strip(),
                form.autoriseTelephone().strip(),
                form.autoriseLien().strip());
        journal.record(adult.collectiviteId(), adult.id(), null, "autorise.ajoute", "", "famille");
        return "redirect:" + site.link("/mon-espace/foyer?autoriseAjoute#autorises");
    }

    @PostMapping("/{slug}/mon-espace/autorises/{id}/retirer")
    String removeAuthorised(
            Collectivite collectivite, Site site, @AuthenticationPrincipal FamilyPrincipal me, @PathVariable long id) {
        var adult = household.adult(me, collectivite);
        if (!authorised.remove(adult.id(), id)) {
            throw new NotFoundException("Adulte autorisé introuvable");
        }
        journal.record(adult.collectiviteId(), adult.id(), null, "autorise.retire", "", "famille");
        return "redirect:" + site.link("/mon-espace/foyer?autoriseRetire#autorises");
    }

    static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
