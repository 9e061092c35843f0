package fr.monenfantalecole.portail.service;

import fr.monenfantalecole.portail.account.AdminController;
import fr.monenfantalecole.portail.account.StaffPrincipal;
import fr.monenfantalecole.portail.shared.AuditLog;
import fr.monenfantalecole.portail.shared.French;
import fr.monenfantalecole.portail.shared.NotFoundException;
import fr.monenfantalecole.portail.shared.web.FormErrors;
import fr.monenfantalecole.portail.tenant.Collectivite;
import fr.monenfantalecole.portail.tenant.Managed;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The back office of the services' prices: each service's grid per school year, and copying a year to the next. */
@AdminController
class TarifsAdminController {

    private final Prestations prestations;
    private final QuotientMethodes methodes;
    private final AuditLog audit;
    private final Clock clock;
    private final FormErrors formErrors;

    TarifsAdminController(
            Prestations prestations, QuotientMethodes methodes, AuditLog audit, Clock clock, FormErrors formErrors) {
        this.prestations = prestations;
        this.methodes = methodes;
        this.audit = audit;
        this.clock = clock;
        this.formErrors = formErrors;
    }

    @GetMapping("/admin/{slug}/tarifs")
    String tarifs(@Managed Collectivite c, @RequestParam(required = false) @Nullable String annee, Model model) {
        var years = prestations.annees(c.id());
        String current = AnneeScolaire.of(LocalDate.now(clock));
        String shown = annee != null && AnneeScolaire.valide(annee)
                ? annee
                : years.contains(current) || years.isEmpty() ? current : years.getFirst();
        model.addAttribute("collectivite", c);
        model.addAttribute("annee", shown);
        model.addAttribute("annees", years);
        model.addAttribute("suivante", AnneeScolaire.suivante(shown));
        model.addAttribute("prestations", prestations.of(c.id(), shown));
        model.addAttribute("methode", methodes.of(c.id()));
        model.addAttribute("methodes", List.of(QuotientFamilial.Methode.values()));
        return "service/admin-tarifs";
    }

    @GetMapping("/admin/{slug}/tarifs/nouveau")
    String newTarif(@Managed Collectivite c, @RequestParam(required = false) @Nullable String annee, Model model) {
        String year = annee != null && AnneeScolaire.valide(annee) ? annee : AnneeScolaire.of(LocalDate.now(clock));
        return tarifForm(model, c, null, TarifForm.empty(year), Map.of());
    }

    @GetMapping("/admin/{slug}/tarifs/{id:[0-9]+}")
    String editTarif(@Managed Collectivite c, @PathVariable long id, Model model) {
        var p = prestations.find(c.id(), id).orElseThrow(() -> new NotFoundException("Service introuvable"));
        return tarifForm(model, c, id, TarifForm.of(p), Map.of());
    }

    @PostMapping({"/admin/{slug}/tarifs/nouveau", "/admin/{slug}/tarifs/{id:[0-9]+}"})
    String saveTarif(
            @Managed Collectivite c,
            @PathVariable(required = false) @Nullable Long id,
            @AuthenticationPrincipal StaffPrincipal user,
            @Valid @ModelAttribute("tarifForm") TarifForm form,
            BindingResult result,
            Model model,
            RedirectAttributes flash) {
        if (id != null) {
            if (prestations.find(c.id(), id).isEmpty()) {
                throw new NotFoundException("Service introuvable");
            }
        }
        new TarifFormCheck(form).check(result, c.id(), id, prestations);
        if (result.hasErrors()) {
            return tarifForm(model, c, id, form, formErrors.of(result));
        }
        // Once an agent saves a grid, its prices are the collectivité's own, no longer a demo example.
        var saisie = form.saisie(false);
        if (id == null) {
            long created = prestations.create(c.id(), saisie, user.id());
            audit.record(
                    c.id(),
                    user.id(),
                    "TARIF_CREE",
                    "prestation",
                    String.valueOf(created),
                    saisie.nom() + " " + saisie.anneeScolaire());
        } else {
            prestations.update(c.id(), id, saisie, user.id());
            audit.record(
                    c.id(),
                    user.id(),
                    "TARIF_MODIFIE",
                    "prestation",
                    String.valueOf(id),
                    saisie.nom() + " " + saisie.anneeScolaire());
        }
        flash.addFlashAttribute(
                "message", "Les tarifs « " + saisie.nom() + " » " + saisie.anneeScolaire() + " sont enregistrés.");
        return "redirect:/admin/" + c.slug() + "/tarifs?annee=" + saisie.anneeScolaire();
    }

    @PostMapping("/admin/{slug}/tarifs/{id:[0-9]+}/supprimer")
    String deleteTarif(
            @Managed Collectivite c,
            @PathVariable long id,
            @AuthenticationPrincipal StaffPrincipal user,
            RedirectAttributes flash) {
        var p = prestations.find(c.id(), id).orElseThrow(() -> new NotFoundException("Service introuvable"));
        prestations.delete(c.id(), id);
        audit.record(
                c.id(),
                user.id(),
                "TARIF_SUPPRIME",
                "prestation",
                String.valueOf(id),
                p.nom() + " " + p.anneeScolaire());
        flash.addFlashAttribute("message", "Le service « " + p.nom() + " » " + p.anneeScolaire() + " est supprimé.");
        return "redirect:/admin/" + c.slug() + "/tarifs?annee=" + p.anneeScolaire();
    }

    @PostMapping("/admin/{slug}/tarifs/copier")
    String copy(
            @Managed Collectivite c,
            @RequestParam String annee,
            @AuthenticationPrincipal StaffPrincipal user,
            RedirectAttributes flash) {
        if (!AnneeScolaire.valide(annee)) {
            throw new NotFoundException("Année scolaire inconnue");
        }
        int n = prestations.copyToNextYear(c.id(), annee, user.id());
        String next = AnneeScolaire.suivante(annee);
        audit.record(
                c.id(),
                user.id(),
                "TARIFS_COPIES",
                "annee",
                next,
                French.count(n, "service copié", "services copiés") + " depuis " + annee);
        flash.addFlashAttribute(
                "message",
                n == 0
                        ? "Rien à copier : chaque service de " + annee + " existe déjà en " + next + "."
                        : French.count(n, "service copié", "services copiés") + " vers " + next
                                + " : vérifiez et modifiez les prix de la nouvelle année.");
        return "redirect:/admin/" + c.slug() + "/tarifs?annee=" + next;
    }

    private String tarifForm(
            Model model, Collectivite c, @Nullable Long id, TarifForm form, Map<String, String> errors) {
        model.addAttribute("collectivite", c);
        model.addAttribute("tarifId", id);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("bornes", List.of(Grille.Bornes.values()));
        model.addAttribute("regles", List.of(Grille.RegleNonResident.values()));
        return "service/admin-tarif";
    }
}
