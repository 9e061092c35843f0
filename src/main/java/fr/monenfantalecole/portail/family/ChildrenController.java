package fr.monenfantalecole.portail.family;

import fr.monenfantalecole.portail.school.SchoolDirectory;
import fr.monenfantalecole.portail.shared.NotFoundException;
import fr.monenfantalecole.portail.shared.web.FormErrors;
import fr.monenfantalecole.portail.shared.web.NoForeignId;
import fr.monenfantalecole.portail.tenant.Collectivite;
import fr.monenfantalecole.portail.tenant.Site;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The children of the household: added, corrected and removed by a responsable. Another household's
 * child answers 404, exactly like a child that does not exist.
 */
@Controller
class ChildrenController {

    private final Household household;
    private final Children children;
    private final SchoolDirectory schools;
    private final FamilyJournal journal;
    private final FormErrors formErrors;
    private final Clock clock;

    ChildrenController(
            Household household,
            Children children,
            SchoolDirectory schools,
            FamilyJournal journal,
            FormErrors formErrors,
            Clock clock) {
        this.household = household;
        this.children = children;
        this.schools = schools;
        this.journal = journal;
        this.formErrors = formErrors;
        this.clock = clock;
    }

    @NoForeignId("formulaire vide")
    @GetMapping("/{slug}/mon-espace/enfants/nouveau")
    String newChild(
            Collectivite collectivite,
            Site site,
            CsrfToken csrf,
            @AuthenticationPrincipal FamilyPrincipal me,
            Model model) {
        household.adult(me, collectivite);
        return page(collectivite, site, csrf, model, null, ChildForm.EMPTY, Map.of());
    }

    @NoForeignId("ajout d'un enfant au foyer de l'appelant")
    @PostMapping("/{slug}/mon-espace/enfants")
    @Transactional
    String add(
            Collectivite collectivite,
            Site site,
            CsrfToken csrf,
            @AuthenticationPrincipal FamilyPrincipal me,
            @Valid @ModelAttribute("enfant") ChildForm form,
            BindingResult result,
            Model model) {
        var adult = household.adult(me, collectivite);
        var data = ChildCheck.check(form, result, LocalDate.now(clock), schools.presented(collectivite));
        if (data.isEmpty()) {
            return page(collectivite, site, csrf, model, null, form, formErrors.of(result));
        }
        long id = children.add(adult.id(), data.get());
        journal.record(adult.collectiviteId(), adult.id(), id, "enfant.ajoute", describe(data.get()), "famille");
        return "redirect:" + site.link("/mon-espace/foyer?enfantAjoute");
    }

    @GetMapping("/{slug}/mon-espace/enfants/{id}")
    String edit(
            Collectivite collectivite,
            Site site,
            CsrfToken csrf,
            @AuthenticationPrincipal FamilyPrincipal me,
            @PathVariable long id,
            Model model) {
        var adult = household.adult(me, collectivite);
        var child = children.get(adult.id(), id).orElseThrow(() -> new NotFoundException("Enfant introuvable"));
        return page(collectivite, site, csrf, model, id, ChildForm.of(child), Map.of());
    }

    @PostMapping("/{slug}/mon-espace/enfants/{id}")
    @Transactional
    String update(
            Collectivite collectivite,
            Site site,
            CsrfToken csrf,
            @AuthenticationPrincipal FamilyPrincipal me,
            @PathVariable long id,
            @Valid @ModelAttribute("enfant") ChildForm form,
            BindingResult result,
            Model model) {
        var adult = household.adult(me, collectivite);
        if (children.get(adult.id(), id).isEmpty()) {
            throw new NotFoundException("Enfant introuvable");
        }
        var data = ChildCheck.check(form, result, LocalDate.now(clock), schools.presented(collectivite));
        if (data.isEmpty()) {
            return page(collectivite, site, csrf, model, id, form, formErrors.of(result));
        }
        children.update(adult.id(), id, data.get());
        journal.record(adult.collectiviteId(), adult.id(), id, "enfant.modifie", describe(data.get()), "famille");
        return "redirect:" + site.link("/mon-espace/foyer?enfantModifie");
    }

    @PostMapping("/{slug}/mon-espace/enfants/{id}/retirer")
    @Transactional
    String remove(
            Collectivite collectivite, Site site, @AuthenticationPrincipal FamilyPrincipal me, @PathVariable long id) {
        var adult = household.adult(me, collectivite);
        if (!children.remove(adult.id(), id)) {
            throw new NotFoundException("Enfant introuvable");
        }
        journal.record(adult.collectiviteId(), adult.id(), null, "enfant.retire", "", "famille");
        return "redirect:" + site.link("/mon-espace/foyer?enfantRetire");
    }

    private static String describe(Children.ChildData data) {
        return "école " + (data.uai() == null ? "non précisée" : data.uai()) + ", classe "
                + (data.niveau() == null ? "non précisée" : data.niveau()) + " (" + data.anneeScolaire() + ")";
    }

    private String page(
            Collectivite collectivite,
            Site site,
            CsrfToken csrf,
            Model model,
            @Nullable Long id,
            ChildForm form,
            Map<String, String> errors) {
        model.addAttribute("site", site);
        model.addAttribute("csrf", csrf);
        model.addAttribute("id", id);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("ecoles", schools.presented(collectivite));
        model.addAttribute("classes", List.of(SchoolClass.values()));
        model.addAttribute("annee", SchoolClass.schoolYear(LocalDate.now(clock)));
        return "family/child";
    }
}
