package fr.monenfantalecole.portail.service.web;

import fr.monenfantalecole.portail.account.AdminController;
import fr.monenfantalecole.portail.account.StaffPrincipal;
import fr.monenfantalecole.portail.school.Etablissement;
import fr.monenfantalecole.portail.school.SchoolDirectory;
import fr.monenfantalecole.portail.service.AnneeScolaire;
import fr.monenfantalecole.portail.service.Grille;
import fr.monenfantalecole.portail.service.LiensServices;
import fr.monenfantalecole.portail.service.Prestations;
import fr.monenfantalecole.portail.shared.AuditLog;
import fr.monenfantalecole.portail.shared.NotFoundException;
import fr.monenfantalecole.portail.tenant.Collectivite;
import fr.monenfantalecole.portail.tenant.ManagedCollectivites;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The back office of the service zone: each service's price grid per school year, and the links to téléservices and ENT. */
@AdminController
class ServicesAdminController {

    private final ManagedCollectivites managed;
    private final Prestations prestations;
    private final LiensServices liens;
    private final SchoolDirectory schools;
    private final AuditLog audit;

    ServicesAdminController(
            ManagedCollectivites managed,
            Prestations prestations,
            LiensServices liens,
            SchoolDirectory schools,
            AuditLog audit) {
        this.managed = managed;
        this.prestations = prestations;
        this.liens = liens;
        this.schools = schools;
        this.audit = audit;
    }

    // ---- tariffs

    @GetMapping("/admin/{slug}/tarifs")
    String tarifs(
            @PathVariable String slug,
            @RequestParam(required = false) @Nullable String annee,
            @AuthenticationPrincipal StaffPrincipal user,
            Model model) {
        var c = managed.require(slug, user);
        var years = prestations.annees(c.id());
        String current = AnneeScolaire.of(LocalDate.now(QuotientController.PARIS));
        String shown = annee != null && AnneeScolaire.valide(annee)
                ? annee
                : years.contains(current) || years.isEmpty() ? current : years.getFirst();
        model.addAttribute("collectivite", c);
        model.addAttribute("annee", shown);
        model.addAttribute("annees", years);
        model.addAttribute("suivante", AnneeScolaire.suivante(shown));
        model.addAttribute("prestations", prestations.of(c.id(), shown));
        return "service/admin-tarifs";
    }

    @GetMapping("/admin/{slug}/tarifs/nouveau")
    String newTarif(
            @PathVariable String slug,
            @RequestParam(required = false) @Nullable String annee,
            @AuthenticationPrincipal StaffPrincipal user,
            Model model) {
        var c = managed.require(slug, user);
        String year = annee != null && AnneeScolaire.valide(annee)
                ? annee
                : AnneeScolaire.of(LocalDate.now(QuotientController.PARIS));
        return tarifForm(model, c, null, TarifForm.empty(year), Map.of());
    }

    @GetMapping("/admin/{slug}/tarifs/{id:[0-9]+}")
    String editTarif(
            @PathVariable String slug,
            @PathVariable long id,
            @AuthenticationPrincipal StaffPrincipal user,
            Model model) {
        var c = managed.require(slug, user);
        var p = prestations.find(c.id(), id).orElseThrow(() -> new NotFoundException("Service introuvable"));
        return tarifForm(model, c, id, TarifForm.of(p), Map.of());
    }

    @PostMapping({"/admin/{slug}/tarifs/nouveau", "/admin/{slug}/tarifs/{id:[0-9]+}"})
    String saveTarif(
            @PathVariable String slug,
            @PathVariable(required = false) @Nullable Long id,
            @AuthenticationPrincipal StaffPrincipal user,
            @ModelAttribute TarifForm form,
            Model model,
            RedirectAttributes flash) {
        var c = managed.require(slug, user);
        if (id != null) {
            prestations.find(c.id(), id).orElseThrow(() -> new NotFoundException("Service introuvable"));
        }
        var errors = form.errors(c.id(), id, prestations);
        if (!errors.isEmpty()) {
            return tarifForm(model, c, id, form, errors);
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
            @PathVariable String slug,
            @PathVariable long id,
            @AuthenticationPrincipal StaffPrincipal user,
            RedirectAttributes flash) {
        var c = managed.require(slug, user);
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
            @PathVariable String slug,
            @RequestParam String annee,
            @AuthenticationPrincipal StaffPrincipal user,
            RedirectAttributes flash) {
        var c = managed.require(slug, user);
        if (!AnneeScolaire.valide(annee)) {
            throw new NotFoundException("Année scolaire inconnue");
        }
        int n = prestations.copyToNextYear(c.id(), annee, user.id());
        String next = AnneeScolaire.suivante(annee);
        audit.record(c.id(), user.id(), "TARIFS_COPIES", "annee", next, n + " service(s) copiés depuis " + annee);
        flash.addFlashAttribute(
                "message",
                n == 0
                        ? "Rien à copier : chaque service de " + annee + " existe déjà en " + next + "."
                        : n + " service(s) copié(s) vers " + next
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

    // ---- links to téléservices and ENT

    @GetMapping("/admin/{slug}/liens")
    String liens(@PathVariable String slug, @AuthenticationPrincipal StaffPrincipal user, Model model) {
        var c = managed.require(slug, user);
        model.addAttribute("collectivite", c);
        model.addAttribute("liens", liens.of(c.id()));
        model.addAttribute("ecoles", schoolNames(c));
        return "service/admin-liens";
    }

    @GetMapping("/admin/{slug}/liens/nouveau")
    String newLien(@PathVariable String slug, @AuthenticationPrincipal StaffPrincipal user, Model model) {
        var c = managed.require(slug, user);
        return lienForm(model, c, null, LienForm.EMPTY, Map.of());
    }

    @GetMapping("/admin/{slug}/liens/{id:[0-9]+}")
    String editLien(
            @PathVariable String slug,
            @PathVariable long id,
            @AuthenticationPrincipal StaffPrincipal user,
            Model model) {
        var c = managed.require(slug, user);
        var l = liens.find(c.id(), id).orElseThrow(() -> new NotFoundException("Lien introuvable"));
        return lienForm(model, c, id, LienForm.of(l), Map.of());
    }

    @PostMapping({"/admin/{slug}/liens/nouveau", "/admin/{slug}/liens/{id:[0-9]+}"})
    String saveLien(
            @PathVariable String slug,
            @PathVariable(required = false) @Nullable Long id,
            @AuthenticationPrincipal StaffPrincipal user,
            @ModelAttribute LienForm form,
            Model model,
            RedirectAttributes flash) {
        var c = managed.require(slug, user);
        if (id != null) {
            liens.find(c.id(), id).orElseThrow(() -> new NotFoundException("Lien introuvable"));
        }
        var errors = form.errors(schoolNames(c).keySet());
        if (!errors.isEmpty()) {
            return lienForm(model, c, id, form, errors);
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
            @PathVariable String slug,
            @PathVariable long id,
            @AuthenticationPrincipal StaffPrincipal user,
            RedirectAttributes flash) {
        var c = managed.require(slug, user);
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
                .sorted(java.util.Comparator.comparing(Etablissement::nomCommune)
                        .thenComparing(Etablissement::nom))
                .collect(Collectors.toMap(
                        Etablissement::uai,
                        e -> e.nom() + " (" + e.nomCommune() + ")",
                        (a, b) -> a,
                        java.util.LinkedHashMap::new));
    }
}
