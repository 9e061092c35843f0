package fr.monenfantalecole.portail.fiche;

import fr.monenfantalecole.portail.account.AdminController;
import fr.monenfantalecole.portail.account.StaffPrincipal;
import fr.monenfantalecole.portail.shared.AuditLog;
import fr.monenfantalecole.portail.shared.NotFoundException;
import fr.monenfantalecole.portail.shared.web.FormErrors;
import fr.monenfantalecole.portail.tenant.Collectivite;
import fr.monenfantalecole.portail.tenant.Managed;
import jakarta.validation.Valid;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** A collectivité's own questions-réponses: hiding national sheets, writing local ones. */
@AdminController
class LocalQuestionsAdminController {

    private final NationalFiches fiches;
    private final LocalFiches localFiches;
    private final HiddenFiches hidden;
    private final Themes themes;
    private final FicheChecks checks;
    private final QuestionsReponses questions;
    private final AuditLog audit;
    private final FormErrors formErrors;

    LocalQuestionsAdminController(
            NationalFiches fiches,
            LocalFiches localFiches,
            HiddenFiches hidden,
            Themes themes,
            FicheChecks checks,
            QuestionsReponses questions,
            AuditLog audit,
            FormErrors formErrors) {
        this.fiches = fiches;
        this.localFiches = localFiches;
        this.hidden = hidden;
        this.themes = themes;
        this.checks = checks;
        this.questions = questions;
        this.audit = audit;
        this.formErrors = formErrors;
    }

    @GetMapping("/admin/{slug}/questions")
    String list(@Managed Collectivite c, Model model) {
        model.addAttribute("collectivite", c);
        model.addAttribute("themes", themes.all());
        model.addAttribute("nationales", fiches.published());
        model.addAttribute("masquees", hidden.of(c.id()));
        model.addAttribute("locales", localFiches.of(c.id()));
        return "fiche/admin-questions";
    }

    @PostMapping("/admin/{slug}/questions/{ficheId}/masquer")
    String hide(@Managed Collectivite c, @PathVariable String ficheId, @AuthenticationPrincipal StaffPrincipal user) {
        requireNational(ficheId);
        hidden.hide(c.id(), ficheId);
        audit.record(c.id(), user.id(), "FICHE_MASQUEE", "fiche", ficheId, null);
        return "redirect:/admin/" + c.slug() + "/questions#" + ficheId;
    }

    @PostMapping("/admin/{slug}/questions/{ficheId}/afficher")
    String show(@Managed Collectivite c, @PathVariable String ficheId, @AuthenticationPrincipal StaffPrincipal user) {
        requireNational(ficheId);
        hidden.show(c.id(), ficheId);
        audit.record(c.id(), user.id(), "FICHE_AFFICHEE", "fiche", ficheId, null);
        return "redirect:/admin/" + c.slug() + "/questions#" + ficheId;
    }

    @GetMapping("/admin/{slug}/questions/locales/nouvelle")
    String create(@Managed Collectivite c, Model model) {
        return form(model, c, null, new LocalFicheForm("inscription-scolaire", "tous", "", "", "", true), Map.of());
    }

    @GetMapping("/admin/{slug}/questions/locales/{id}")
    String edit(@Managed Collectivite c, @PathVariable long id, Model model) {
        var fiche = localFiches.find(c.id(), id).orElseThrow(() -> new NotFoundException("Fiche introuvable"));
        return form(model, c, fiche.id(), LocalFicheForm.of(fiche), Map.of());
    }

    @PostMapping({"/admin/{slug}/questions/locales/nouvelle", "/admin/{slug}/questions/locales/{id}"})
    String save(
            @Managed Collectivite c,
            @PathVariable(required = false) @Nullable Long id,
            @AuthenticationPrincipal StaffPrincipal user,
            @Valid @ModelAttribute("localFicheForm") LocalFicheForm form,
            BindingResult result,
            Model model) {
        if (id != null && localFiches.find(c.id(), id).isEmpty()) {
            throw new NotFoundException("Fiche introuvable");
        }
        // The themes are rows of the database, the ages an enum: checked here, messages in i18n/fiche.
        if (themes.find(form.theme()).isEmpty()) {
            result.rejectValue("theme", "fiche.theme");
        }
        var niveau = Niveau.fromCode(form.niveau());
        if (niveau.isEmpty()) {
            result.rejectValue("niveau", "fiche.niveau");
        }
        Map<String, String> errors = new LinkedHashMap<>(formErrors.of(result));
        var content = form.content();
        // The sheet's content rules are the editorial ones (FicheChecks), shared with national sheets.
        for (String problem : checks.check(content, fiches.ids())) {
            errors.merge(problem.contains("courte") ? "bref" : "detail", problem, (a, b) -> a + " " + b);
        }
        if (!errors.isEmpty()) {
            return form(model, c, id, form, errors);
        }
        long saved;
        if (id == null) {
            saved = localFiches.create(
                    c.id(),
                    form.theme(),
                    niveau.orElseThrow(),
                    content.titre(),
                    content.bref(),
                    content.detail(),
                    form.isPubliee(),
                    user.id());
            audit.record(c.id(), user.id(), "FICHE_LOCALE_CREEE", "fiche_locale", String.valueOf(saved), form.titre());
        } else {
            localFiches.update(
                    c.id(),
                    id,
                    form.theme(),
                    niveau.orElseThrow(),
                    content.titre(),
                    content.bref(),
                    content.detail(),
                    form.isPubliee(),
                    user.id());
            saved = id;
            audit.record(c.id(), user.id(), "FICHE_LOCALE_MODIFIEE", "fiche_locale", String.valueOf(id), form.titre());
        }
        questions.evictLocal(c.id());
        return "redirect:/admin/" + c.slug() + "/questions?enregistre=" + saved;
    }

    @PostMapping("/admin/{slug}/questions/locales/{id}/supprimer")
    String delete(@Managed Collectivite c, @PathVariable long id, @AuthenticationPrincipal StaffPrincipal user) {
        if (!localFiches.delete(c.id(), id)) {
            throw new NotFoundException("Fiche introuvable");
        }
        audit.record(c.id(), user.id(), "FICHE_LOCALE_SUPPRIMEE", "fiche_locale", String.valueOf(id), null);
        questions.evictLocal(c.id());
        return "redirect:/admin/" + c.slug() + "/questions";
    }

    private void requireNational(String ficheId) {
        if (fiches.find(ficheId).isEmpty()) {
            throw new NotFoundException("Fiche introuvable");
        }
    }

    private String form(
            Model model, Collectivite c, @Nullable Long id, LocalFicheForm form, Map<String, String> errors) {
        model.addAttribute("collectivite", c);
        model.addAttribute("ficheId", id);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("themes", themes.all());
        model.addAttribute("niveaux", List.of(Niveau.values()));
        return "fiche/admin-fiche-locale";
    }
}
