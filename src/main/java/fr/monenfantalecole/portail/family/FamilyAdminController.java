package fr.monenfantalecole.portail.family;

import fr.monenfantalecole.portail.account.AdminController;
import fr.monenfantalecole.portail.account.StaffPrincipal;
import fr.monenfantalecole.portail.school.SchoolDirectory;
import fr.monenfantalecole.portail.shared.NotFoundException;
import fr.monenfantalecole.portail.shared.web.NoForeignId;
import fr.monenfantalecole.portail.tenant.Collectivite;
import fr.monenfantalecole.portail.tenant.Managed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The families of a collectivité for its agents: search by name, child, e-mail or school; an account's
 * children and journal; a child's school or class corrected (written in the journal with the agent's
 * name). Another collectivité's family answers 404, like one that does not exist.
 */
@AdminController
class FamilyAdminController {

    private final FamilySpace space;
    private final FamilyDirectory directory;
    private final Adults adults;
    private final Children children;
    private final FamilyJournal journal;
    private final SchoolDirectory schools;
    private final Clock clock;

    FamilyAdminController(
            FamilySpace space,
            FamilyDirectory directory,
            Adults adults,
            Children children,
            FamilyJournal journal,
            SchoolDirectory schools,
            Clock clock) {
        this.space = space;
        this.directory = directory;
        this.adults = adults;
        this.children = children;
        this.journal = journal;
        this.schools = schools;
        this.clock = clock;
    }

    @NoForeignId("recherche bornée aux familles de la collectivité gérée")
    @GetMapping("/admin/{slug}/familles")
    String search(@Managed Collectivite collectivite, @RequestParam(defaultValue = "") String q, Model model) {
        model.addAttribute("collectivite", collectivite);
        model.addAttribute("q", q);
        model.addAttribute("resultats", directory.search(space.managedBy(collectivite), q));
        return "family/admin-list";
    }

    @GetMapping("/admin/{slug}/familles/{id}")
    String show(
            @Managed Collectivite collectivite,
            @PathVariable long id,
            @RequestParam(required = false) @Nullable String corrige,
            Model model) {
        var adult = family(collectivite, id);
        model.addAttribute("collectivite", collectivite);
        model.addAttribute("adult", adult);
        model.addAttribute("enfants", children.of(adult.id()));
        model.addAttribute("journal", journal.of(adult.id(), 100));
        model.addAttribute("ecoles", schools.presented(collectivite));
        model.addAttribute("classes", List.of(SchoolClass.values()));
        model.addAttribute("corrige", corrige != null);
        return "family/admin-family";
    }

    @PostMapping("/admin/{slug}/familles/{id}/enfants/{child}")
    String correct(
            @Managed Collectivite collectivite,
            @AuthenticationPrincipal StaffPrincipal agent,
            @PathVariable long id,
            @PathVariable long child,
            @RequestParam(defaultValue = "") String uai,
            @RequestParam(defaultValue = "") String niveau) {
        var adult = family(collectivite, id);
        if (directory.child(adult.id(), child).isEmpty()) {
            throw new NotFoundException("Enfant introuvable");
        }
        boolean knownSchool = uai.isBlank()
                || schools.presented(collectivite).stream()
                        .anyMatch(e -> e.uai().equals(uai));
        boolean knownClass = niveau.isBlank() || SchoolClass.fromCode(niveau).isPresent();
        if (!knownSchool || !knownClass) {
            throw new NotFoundException("École ou classe inconnue");
        }
        String year = SchoolClass.schoolYear(LocalDate.now(clock));
        directory.correct(child, uai.isBlank() ? null : uai, niveau.isBlank() ? null : niveau, year);
        journal.record(
                adult.collectiviteId(),
                adult.id(),
                child,
                "enfant.corrige",
                "école " + (uai.isBlank() ? "non précisée" : uai) + ", classe "
                        + (niveau.isBlank() ? "non précisée" : niveau) + " (" + year + ")",
                "agent " + agent.nom());
        return "redirect:/admin/" + collectivite.slug() + "/familles/" + id + "?corrige";
    }

    /** A family of the agent's territory, or 404 exactly as one that does not exist. */
    private fr.monenfantalecole.portail.family.Adult family(Collectivite collectivite, long id) {
        return adults.within(id, space.managedBy(collectivite))
                .orElseThrow(() -> new NotFoundException("Famille introuvable"));
    }
}
