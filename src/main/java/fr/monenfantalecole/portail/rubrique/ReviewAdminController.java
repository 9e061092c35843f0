package fr.monenfantalecole.portail.rubrique;

import fr.monenfantalecole.portail.account.AdminController;
import fr.monenfantalecole.portail.account.StaffPrincipal;
import fr.monenfantalecole.portail.school.SchoolNames;
import fr.monenfantalecole.portail.shared.NotFoundException;
import fr.monenfantalecole.portail.shared.RichText;
import fr.monenfantalecole.portail.shared.TextDiff;
import fr.monenfantalecole.portail.shared.web.FormErrors;
import fr.monenfantalecole.portail.tenant.Collectivite;
import fr.monenfantalecole.portail.tenant.Managed;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The mairie reads what a director submitted, against what is published and the history, and
 * publishes it or sends it back with a comment.
 */
@AdminController
class ReviewAdminController {

    private final SchoolPages pages;
    private final Rubriques rubriques;
    private final RubriqueContents contents;
    private final RubriqueDocuments documents;
    private final Reviews reviews;
    private final FormErrors formErrors;

    ReviewAdminController(
            SchoolPages pages,
            Rubriques rubriques,
            RubriqueContents contents,
            RubriqueDocuments documents,
            Reviews reviews,
            FormErrors formErrors) {
        this.formErrors = formErrors;
        this.pages = pages;
        this.rubriques = rubriques;
        this.contents = contents;
        this.documents = documents;
        this.reviews = reviews;
    }

    @GetMapping("/admin/{slug}/pages-ecoles/{key}/rubriques/{rubriqueId:[0-9]+}")
    String review(
            @Managed(Managed.Scope.SCHOOL_PAGES) Collectivite c,
            @PathVariable String key,
            @PathVariable long rubriqueId,
            Model model) {
        var e = pages.require(c, key);
        var r = rubriques.require(c, rubriqueId);
        var working = contents.working(r.id(), e.key()).orElse(null);
        var published = contents.published(r.id(), e.key()).orElse(null);
        model.addAttribute("collectivite", c);
        model.addAttribute("etablissement", e);
        model.addAttribute("rubrique", r);
        model.addAttribute("working", working);
        model.addAttribute("published", published);
        model.addAttribute("workingHtml", working == null ? "" : RichText.markdownToHtml(working.texte()));
        model.addAttribute("publishedHtml", published == null ? "" : RichText.markdownToHtml(published.texte()));
        model.addAttribute("workingDocuments", working == null ? List.of() : documents.of(working.id()));
        model.addAttribute("publishedDocuments", published == null ? List.of() : documents.of(published.id()));
        model.addAttribute(
                "diff",
                working == null
                        ? List.of()
                        : TextDiff.between(published == null ? "" : published.texte(), working.texte()));
        model.addAttribute("history", contents.history(r.id(), e.key()));
        return "rubrique/review";
    }

    /** One version of the history, compared with the version before it. */
    @GetMapping("/admin/{slug}/pages-ecoles/{key}/rubriques/{rubriqueId:[0-9]+}/versions/{versionId:[0-9]+}")
    String version(
            @Managed(Managed.Scope.SCHOOL_PAGES) Collectivite c,
            @PathVariable String key,
            @PathVariable long rubriqueId,
            @PathVariable long versionId,
            Model model) {
        var e = pages.require(c, key);
        var r = rubriques.require(c, rubriqueId);
        var history = contents.history(r.id(), e.key());
        int index = -1;
        for (int i = 0; i < history.size(); i++) {
            if (history.get(i).id() == versionId) {
                index = i;
            }
        }
        if (index < 0) {
            throw new NotFoundException("Version introuvable");
        }
        var version = history.get(index);
        var previous = index + 1 < history.size() ? history.get(index + 1) : null;
        model.addAttribute("collectivite", c);
        model.addAttribute("etablissement", e);
        model.addAttribute("rubrique", r);
        model.addAttribute("version", version);
        model.addAttribute("previous", previous);
        model.addAttribute("html", RichText.markdownToHtml(version.texte()));
        model.addAttribute("documents", documents.of(version.id()));
        model.addAttribute("diff", TextDiff.between(previous == null ? "" : previous.texte(), version.texte()));
        return "rubrique/version";
    }

    @PostMapping("/admin/{slug}/pages-ecoles/{key}/rubriques/{rubriqueId:[0-9]+}/{action:valider|renvoyer}")
    String decide(
            @Managed(Managed.Scope.SCHOOL_PAGES) Collectivite c,
            @PathVariable String key,
            @PathVariable long rubriqueId,
            @PathVariable String action,
            @AuthenticationPrincipal StaffPrincipal user,
            @ModelAttribute("reviewForm") ReviewForm form,
            BindingResult result,
            RedirectAttributes redirect) {
        var e = pages.require(c, key);
        var r = rubriques.require(c, rubriqueId);
        var working = contents.working(r.id(), e.key())
                .filter(v -> v.etat() == RubriqueVersion.State.SOUMIS)
                .orElse(null);
        String back = "redirect:/admin/" + c.slug() + "/pages-ecoles/" + e.key() + "/rubriques/" + r.id();
        if (working == null) {
            redirect.addFlashAttribute(
                    "erreur", "Il n'y a pas de version soumise à valider : le directeur l'a peut-être reprise.");
            return back;
        }
        // The decision is about the text the agent read: if the director changed it since, read it again.
        if (result.hasFieldErrors("version") || !form.read(working)) {
            redirect.addFlashAttribute(
                    "erreur",
                    "Le directeur a modifié cette rubrique depuis que vous l'avez ouverte : relisez la nouvelle version avant de décider.");
            return back;
        }
        boolean publish = "valider".equals(action);
        form.check(!publish, result);
        if (result.hasErrors()) {
            redirect.addFlashAttribute(
                    "erreur", formErrors.of(result).values().iterator().next());
        } else if (publish) {
            reviews.publish(c, e, r, working, user.id(), form.comment());
            redirect.addFlashAttribute(
                    "message", "« " + r.titre() + " » est publiée sur la page " + SchoolNames.de(e.nom()) + ".");
        } else {
            reviews.sendBack(c, e, r, working, user.id(), form.commentaire());
            redirect.addFlashAttribute(
                    "message", "« " + r.titre() + " » est renvoyée au directeur avec votre commentaire.");
        }
        return back;
    }

    @GetMapping("/admin/{slug}/pages-ecoles/{key}/documents/{documentId:[0-9]+}")
    ResponseEntity<byte[]> document(
            @Managed(Managed.Scope.SCHOOL_PAGES) Collectivite c,
            @PathVariable String key,
            @PathVariable long documentId) {
        var e = pages.require(c, key);
        var set = rubriques.resolve(c).orElseThrow(() -> new NotFoundException("Document introuvable"));
        return Downloads.document(contents, documents, set, e.key(), documentId, false);
    }
}
