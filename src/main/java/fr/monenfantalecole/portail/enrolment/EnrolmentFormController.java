package fr.monenfantalecole.portail.enrolment;

import fr.monenfantalecole.portail.family.Adult;
import fr.monenfantalecole.portail.family.Children;
import fr.monenfantalecole.portail.family.FamilyPrincipal;
import fr.monenfantalecole.portail.family.Household;
import fr.monenfantalecole.portail.shared.NotFoundException;
import fr.monenfantalecole.portail.shared.web.FormErrors;
import fr.monenfantalecole.portail.shared.web.NoForeignId;
import fr.monenfantalecole.portail.tenant.Collectivite;
import fr.monenfantalecole.portail.tenant.Site;
import jakarta.validation.Valid;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.multipart.MultipartHttpServletRequest;

/**
 * A parent's new request, in two steps on one address: the child, year and class (checked against the
 * child's age), then the sector école found for the household's address, the choice, and the proofs.
 */
@Controller
class EnrolmentFormController {

    private final Household household;
    private final Children children;
    private final Choices choices;
    private final Offers offers;
    private final Filing filing;
    private final FormErrors formErrors;

    EnrolmentFormController(
            Household household,
            Children children,
            Choices choices,
            Offers offers,
            Filing filing,
            FormErrors formErrors) {
        this.formErrors = formErrors;
        this.household = household;
        this.children = children;
        this.choices = choices;
        this.offers = offers;
        this.filing = filing;
    }

    @NoForeignId("demande pour un enfant du foyer de l'appelant")
    @GetMapping("/{slug}/mon-espace/inscriptions/nouvelle")
    String form(
            Collectivite collectivite,
            Site site,
            CsrfToken csrf,
            @AuthenticationPrincipal FamilyPrincipal me,
            @ModelAttribute("applicationForm") ApplicationForm form,
            BindingResult result,
            Model model) {
        var adult = household.adult(me, collectivite);
        boolean asked = form.asked(result);
        if (asked) {
            form.reject(filing.stepOne(adult, form.enfant(), form.annee(), form.niveau()), result);
        }
        var errors = formErrors.of(result);
        return page(
                collectivite,
                site,
                csrf,
                adult,
                form.withYear(choices.coming()),
                asked && errors.isEmpty(),
                errors,
                model);
    }

    /**
     * Step 2. The fields are the form record's; the proofs are files, checked by their content by
     * Filing and shown after the fields' messages (a file is not kept when the page comes back).
     */
    @NoForeignId("demande pour un enfant du foyer de l'appelant")
    @PostMapping("/{slug}/mon-espace/inscriptions")
    String file(
            Collectivite collectivite,
            Site site,
            CsrfToken csrf,
            @AuthenticationPrincipal FamilyPrincipal me,
            @Valid @ModelAttribute("applicationForm") ApplicationForm form,
            BindingResult result,
            MultipartHttpServletRequest request,
            Model model) {
        var adult = household.adult(me, collectivite);
        if (offers.of(collectivite.id()).isEmpty()) {
            throw new NotFoundException("Pas d'inscription scolaire ici");
        }
        Map<Piece, byte[]> files = new EnumMap<>(Piece.class);
        for (Piece piece : Piece.values()) {
            var file = request.getFile(piece.champ());
            try {
                files.put(piece, file == null ? new byte[0] : file.getBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        var application = form.application(files);
        form.reject(filing.refusals(collectivite, adult, application), result);
        Map<String, String> errors = new LinkedHashMap<>(formErrors.of(result));
        if (result.hasErrors()) {
            errors.putAll(filing.refusedProofs(collectivite, files));
        } else {
            switch (filing.file(collectivite, adult, application)) {
                case Filing.Filed f -> {
                    return "redirect:" + site.link("/mon-espace/inscriptions/" + f.id() + "?deposee");
                }
                case Filing.Invalid i -> errors.putAll(i.errors());
            }
        }
        if (files.values().stream().anyMatch(b -> b.length > 0)) {
            errors.put("", "Les fichiers choisis n'ont pas été gardés : joignez-les de nouveau.");
        }
        boolean step2 = !result.hasFieldErrors("enfant")
                && filing.stepOne(adult, form.enfant(), form.annee(), form.niveau())
                        .isEmpty();
        return page(collectivite, site, csrf, adult, form, step2, errors, model);
    }

    private String page(
            Collectivite collectivite,
            Site site,
            CsrfToken csrf,
            Adult adult,
            ApplicationForm a,
            boolean step2,
            Map<String, String> errors,
            Model model) {
        var offer =
                offers.of(collectivite.id()).orElseThrow(() -> new NotFoundException("Pas d'inscription scolaire ici"));
        var level = Level.of(a.niveau()).orElse(null);
        var child =
                a.enfant() == null ? null : children.get(adult.id(), a.enfant()).orElse(null);
        model.addAttribute("site", site);
        model.addAttribute("csrf", csrf);
        model.addAttribute(
                "page",
                new EnrolmentPage(
                        children.of(adult.id()),
                        choices.years(),
                        List.of(Level.values()),
                        offer,
                        a.enfant(),
                        a.annee(),
                        a.niveau(),
                        a.choix(),
                        a.ecole(),
                        a.motif(),
                        a.precision(),
                        step2 && level != null,
                        child,
                        step2 && level != null ? choices.sector(collectivite, adult, level) : null,
                        level == null ? List.of() : choices.schools(collectivite, level),
                        errors));
        return "enrolment/new";
    }
}
