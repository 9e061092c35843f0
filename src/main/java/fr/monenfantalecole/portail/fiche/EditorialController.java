package fr.monenfantalecole.portail.fiche;

import static fr.monenfantalecole.portail.fiche.EditorialAccess.requireEditorialSpace;

import fr.monenfantalecole.portail.account.AdminController;
import fr.monenfantalecole.portail.account.StaffPrincipal;
import fr.monenfantalecole.portail.shared.AuditLog;
import fr.monenfantalecole.portail.shared.NotFoundException;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The national editors' space: backlog, a sheet with its history, a new draft, comparisons. */
@AdminController
class EditorialController {

    private final NationalFiches fiches;
    private final Editorial editorial;
    private final ReviewChain chain;
    private final Themes themes;
    private final AuditLog audit;

    EditorialController(NationalFiches fiches, Editorial editorial, ReviewChain chain, Themes themes, AuditLog audit) {
        this.fiches = fiches;
        this.editorial = editorial;
        this.chain = chain;
        this.themes = themes;
        this.audit = audit;
    }

    /**
     * The editors' dashboard; {@code recherche}, a parents' search that found nothing (the audience
     * figures link here with it), fills the catalogue search and lists the fiches that may answer it.
     */
    @GetMapping("/admin/redaction")
    String dashboard(
            @AuthenticationPrincipal StaffPrincipal user,
            @RequestParam(required = false) @Nullable String recherche,
            Model model) {
        requireEditorialSpace(user);
        var all = fiches.all();
        String search = recherche == null || recherche.isBlank() ? null : recherche.strip();
        model.addAttribute("recherche", search);
        model.addAttribute("proches", search == null ? List.of() : CatalogueSearch.matching(all, search));
        model.addAttribute("themes", themes.all());
        model.addAttribute("fiches", all);
        model.addAttribute("enCours", fiches.inReview());
        model.addAttribute("steps", chain.steps());
        model.addAttribute("stale", editorial.stale());
        model.addAttribute("canWrite", editorial.canWrite(user));
        model.addAttribute("journal", audit.recent(null, 30));
        return "fiche/redaction/tableau";
    }

    @GetMapping("/admin/redaction/fiches/{id}")
    String fiche(@PathVariable String id, @AuthenticationPrincipal StaffPrincipal user, Model model) {
        requireEditorialSpace(user);
        var fiche = fiches.find(id).orElseThrow(() -> new NotFoundException("Fiche inconnue"));
        var versions = fiches.versions(id);
        model.addAttribute("fiche", fiche);
        model.addAttribute("theme", themes.find(fiche.themeId()).orElseThrow());
        model.addAttribute("versions", versions);
        model.addAttribute("canWrite", editorial.canWrite(user));
        model.addAttribute("journal", audit.forObject("fiche", id));
        model.addAttribute("error", null);
        return "fiche/redaction/fiche";
    }

    @PostMapping("/admin/redaction/fiches/{id}/brouillon")
    String draft(@PathVariable String id, @AuthenticationPrincipal StaffPrincipal user) {
        requireEditorialSpace(user);
        var version = editorial.draft(id, user);
        return "redirect:/admin/redaction/versions/" + version.id();
    }

    @GetMapping("/admin/redaction/fiches/{id}/comparer")
    String compare(
            @PathVariable String id,
            @RequestParam long de,
            @RequestParam long a,
            @AuthenticationPrincipal StaffPrincipal user,
            Model model) {
        requireEditorialSpace(user);
        var before = version(de);
        var after = version(a);
        if (!before.ficheId().equals(id) || !after.ficheId().equals(id)) {
            throw new NotFoundException("Version inconnue");
        }
        model.addAttribute("ficheId", id);
        model.addAttribute("before", before);
        model.addAttribute("after", after);
        model.addAttribute("lines", VersionDiff.between(before.content(), after.content()));
        return "fiche/redaction/comparer";
    }

    private FicheVersion version(long id) {
        return fiches.version(id).orElseThrow(() -> new NotFoundException("Version inconnue"));
    }
}
