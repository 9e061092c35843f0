package fr.monenfantalecole.portail.fiche;

import static fr.monenfantalecole.portail.fiche.EditorialAccess.requireEditorialSpace;

import fr.monenfantalecole.portail.account.AdminController;
import fr.monenfantalecole.portail.account.StaffPrincipal;
import fr.monenfantalecole.portail.shared.NotFoundException;
import fr.monenfantalecole.portail.tenant.Collectivites;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** One version of a national sheet: its editor, the review chain's decisions on it and the live preview. */
@AdminController
class VersionController {

    private final NationalFiches fiches;
    private final Editorial editorial;
    private final ReviewChain chain;
    private final FicheChecks checks;
    private final QuestionsReponses questions;
    private final Collectivites collectivites;

    VersionController(
            NationalFiches fiches,
            Editorial editorial,
            ReviewChain chain,
            FicheChecks checks,
            QuestionsReponses questions,
            Collectivites collectivites) {
        this.fiches = fiches;
        this.editorial = editorial;
        this.chain = chain;
        this.checks = checks;
        this.questions = questions;
        this.collectivites = collectivites;
    }

    @GetMapping("/admin/redaction/versions/{versionId}")
    String version(@PathVariable long versionId, @AuthenticationPrincipal StaffPrincipal user, Model model) {
        requireEditorialSpace(user);
        var version = version(versionId);
        return versionPage(model, user, version, EditorForm.of(version.content()), null);
    }

    @PostMapping("/admin/redaction/versions/{versionId}")
    String save(
            @PathVariable long versionId,
            @AuthenticationPrincipal StaffPrincipal user,
            @ModelAttribute EditorForm form,
            @RequestParam(defaultValue = "enregistrer") String action,
            Model model,
            RedirectAttributes redirect) {
        requireEditorialSpace(user);
        var version = version(versionId);
        try {
            editorial.save(versionId, form.content(), user);
            if ("soumettre".equals(action)) {
                var submitted = editorial.submit(versionId, user);
                redirect.addFlashAttribute(
                        "message",
                        submitted.status() == FicheVersion.Status.PUBLIEE
                                ? "La fiche est publiée."
                                : "La version est partie en relecture.");
            } else {
                redirect.addFlashAttribute("message", "Brouillon enregistré.");
            }
        } catch (Editorial.Refused e) {
            return versionPage(model, user, fiches.version(versionId).orElse(version), form, e.getMessage());
        }
        return "redirect:/admin/redaction/versions/" + versionId;
    }

    @PostMapping("/admin/redaction/versions/{versionId}/approuver")
    String approve(
            @PathVariable long versionId,
            @AuthenticationPrincipal StaffPrincipal user,
            @RequestParam(required = false) @Nullable String commentaire,
            Model model,
            RedirectAttributes redirect) {
        requireEditorialSpace(user);
        var version = version(versionId);
        try {
            var after = editorial.approve(versionId, user, commentaire);
            redirect.addFlashAttribute(
                    "message",
                    after.status() == FicheVersion.Status.PUBLIEE
                            ? "Validé : la fiche est publiée pour toutes les collectivités."
                            : "Validé : la version passe à l'étape suivante.");
        } catch (Editorial.Refused e) {
            return versionPage(model, user, version, EditorForm.of(version.content()), e.getMessage());
        }
        return "redirect:/admin/redaction/versions/" + versionId;
    }

    @PostMapping("/admin/redaction/versions/{versionId}/renvoyer")
    String sendBack(
            @PathVariable long versionId,
            @AuthenticationPrincipal StaffPrincipal user,
            @RequestParam(required = false) @Nullable String commentaire,
            Model model,
            RedirectAttributes redirect) {
        requireEditorialSpace(user);
        var version = version(versionId);
        try {
            editorial.sendBack(versionId, user, commentaire);
            redirect.addFlashAttribute("message", "La version est renvoyée à la rédaction avec votre commentaire.");
        } catch (Editorial.Refused e) {
            return versionPage(model, user, version, EditorForm.of(version.content()), e.getMessage());
        }
        return "redirect:/admin/redaction/versions/" + versionId;
    }

    /** The live preview: the text rendered with a collectivité's data, its readability, what blocks publishing. */
    @PostMapping("/admin/redaction/apercu")
    String preview(
            @AuthenticationPrincipal StaffPrincipal user,
            @ModelAttribute EditorForm form,
            @RequestParam(required = false) @Nullable Long collectivite,
            Model model) {
        requireEditorialSpace(user);
        var content = form.content();
        var rendered = collectivite == null
                ? questions.preview(content, -1)
                : questions.preview(
                        content,
                        collectivites.findById(collectivite).map(c -> c.id()).orElse(-1L));
        model.addAttribute("rendered", rendered);
        model.addAttribute("titre", content.titre());
        model.addAttribute("readability", Readability.of(content.bref() + "\n\n" + content.detail()));
        model.addAttribute("problems", checks.check(content, fiches.ids()));
        return "fiche/redaction/apercu";
    }

    private String versionPage(
            Model model, StaffPrincipal user, FicheVersion version, EditorForm form, @Nullable String error) {
        var fiche = fiches.find(version.ficheId()).orElseThrow();
        var publishedId = fiche.publishedVersionId();
        var published = publishedId == null ? null : fiches.version(publishedId).orElse(null);
        boolean open = version.status() == FicheVersion.Status.BROUILLON
                || version.status() == FicheVersion.Status.A_REPRENDRE;
        model.addAttribute("fiche", fiche);
        model.addAttribute("version", version);
        model.addAttribute("form", form);
        model.addAttribute("error", error);
        model.addAttribute("editable", open && editorial.canWrite(user));
        model.addAttribute("canReview", editorial.canReview(user, version));
        model.addAttribute("steps", chain.steps());
        model.addAttribute("actions", editorial.actions(version.id()));
        model.addAttribute("collectivites", collectivites.all());
        model.addAttribute("rendered", questions.preview(form.content(), -1));
        model.addAttribute(
                "readability",
                Readability.of(form.content().bref() + "\n\n" + form.content().detail()));
        model.addAttribute("problems", checks.check(form.content(), fiches.ids()));
        model.addAttribute(
                "diff",
                published == null || published.id() == version.id()
                        ? List.of()
                        : VersionDiff.between(published.content(), version.content()));
        if (!model.containsAttribute("message")) {
            model.addAttribute("message", null);
        }
        return "fiche/redaction/version";
    }

    private FicheVersion version(long id) {
        return fiches.version(id).orElseThrow(() -> new NotFoundException("Version inconnue"));
    }
}
