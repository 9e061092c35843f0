package fr.monenfantalecole.portail.service;

import fr.monenfantalecole.portail.account.AdminController;
import fr.monenfantalecole.portail.account.StaffPrincipal;
import fr.monenfantalecole.portail.school.Etablissement;
import fr.monenfantalecole.portail.school.SchoolDirectory;
import fr.monenfantalecole.portail.shared.AuditLog;
import fr.monenfantalecole.portail.shared.NotFoundException;
import fr.monenfantalecole.portail.shared.web.FormErrors;
import fr.monenfantalecole.portail.tenant.Collectivite;
import fr.monenfantalecole.portail.tenant.Managed;
import jakarta.validation.Valid;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The back office of the links to téléservices and ENT that the services page shows parents. */
@AdminController
class LiensAdminController {

    private final LiensServices liens;
    private final SchoolDirectory schools;
    private final AuditLog audit;
    private final FormErrors formErrors;

    LiensAdminController(LiensServices liens, SchoolDirectory schools, AuditLog audit, FormErrors formErrors) {
        this.liens = liens;
        this.schools = schools;
        this.audit = audit;
        this.formErrors = formErrors;
    }

    @GetMapping("/admin/{slug}/liens")
    String liens(@Managed Collectivite c, Model model) {
        model.addAttribute("collectivite", c);
        model.addAttribute("liens", liens.of(c.id()));
        model.addAttribute("ecoles", schoolNames(c));
        return "service/admin-liens";
    }

    @GetMapping("/admin/{slug}/liens/nouveau")
    String newLien(@Managed Collectivite c, Model model) {
        return lienForm(model, c, null, LienForm.EMPTY, Map.of());
    }

    @GetMapping("/admin/{slug}/liens/{id:[0-9]+}")
    String editLien(@Managed Collectivite c, @PathVariable long id, Model model) {
        var l = liens.find(c.id(), id).orElseThrow(() -> new NotFoundException("Lien introuvable"));
        return lienForm(model, c, id, LienForm.of(l), Map.of());
    }

    @PostMapping({"/admin/{slug}/liens/nouveau", "/admin/{slug}/liens/{id:[0-9]+}"})
    String saveLien(
            @Managed Collectivite c,
            @PathVariable(required = false) @Nullable Long id,
            @AuthenticationPrincipal StaffPrincipal user,
            @Valid @ModelAttribute("lienForm") LienForm form,
            BindingResult result,
            Model model,
            RedirectAttributes flash) {
        if (id != null) {
            if (liens.find(c.id(), id).isEmpty()) {
                throw new NotFoundException("Lien introuvable");
            }
        }
        form.check(schoolNames(c).keySet(), result);
        if (result.hasErrors()) {
            return lienForm(model, c, id, form, formErrors.of(result));
        }
        var saisie = form.saisie();
        if (id == null) {
            long created = liens.create(c.id(), saisie);
            audit.record(
                    c.id(),
                    user.id(),
                    "LIEN_CREE",
                    "lien_service",
                    String.valueOf(created),
                    saisie.titre() + " " + saisie.url());
        } else {
            liens.update(c.id(), id, saisie);
            audit.record(
                    c.id(),
                    user.id(),
                    "LIEN_MODIFIE",
                    "lien_service",
                    String.valueOf(id),
                    saisie.titre() + " " + saisie.url());
        }
        flash.addFlashAttribute("message", "Le lien « " + saisie.titre() + " » est enregistré.");
        return "redirect:/admin/" + c.slug() + "/liens";
    }

    @PostMapping("/admin/{slug}/liens/{id:[0-9]+}/supprimer")
    String deleteLien(
            @Managed Collectivite c,
            @PathVariable long id,
            @AuthenticationPrincipal StaffPrincipal user,
            RedirectAttributes flash) {
        var l = liens.find(c.id(), id).orElseThrow(() -> new NotFoundException("Lien introuvable"));
        liens.delete(c.id(), id);
        audit.record(c.id(), user.id(), "LIEN_SUPPRIME", "lien_service", String.valueOf(id), l.titre());
        flash.addFlashAttribute("message", "Le lien « " + l.titre() + " » est supprimé.");
        return "redirect:/admin/" + c.slug() + "/liens";
    }

    private String lienForm(Model model, Collectivite c, @Nullable Long id, LienForm form, Map<String, String> errors) {
        model.addAttribute("collectivite", c);
        model.addAttribute("lienId", id);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("ecoles", schoolNames(c));
        return "service/admin-lien";
    }

    /** UAI → "name (commune)" of the collectivité's establishments, in name order. */
    private Map<String, String> schoolNames(Collectivite c) {
        return schools.presented(c).stream()
                .sorted(Comparator.comparing(Etablissement::nomCommune).thenComparing(Etablissement::nom))
                .collect(Collectors.toMap(
                        Etablissement::uai,
                        e -> e.nom() + " (" + e.nomCommune() + ")",
                        (a, b) -> a,
                        LinkedHashMap::new));
    }
}
