package fr.monenfantalecole.portail.fiche.web;

import fr.monenfantalecole.portail.account.AdminController;
import fr.monenfantalecole.portail.account.StaffPrincipal;
import fr.monenfantalecole.portail.fiche.CorpusImport;
import fr.monenfantalecole.portail.fiche.Editorial;
import fr.monenfantalecole.portail.fiche.FicheChecks;
import fr.monenfantalecole.portail.fiche.FicheVersion;
import fr.monenfantalecole.portail.fiche.NationalFiches;
import fr.monenfantalecole.portail.fiche.QuestionsReponses;
import fr.monenfantalecole.portail.fiche.Readability;
import fr.monenfantalecole.portail.fiche.ReviewChain;
import fr.monenfantalecole.portail.fiche.Themes;
import fr.monenfantalecole.portail.fiche.VersionDiff;
import fr.monenfantalecole.portail.shared.AuditLog;
import fr.monenfantalecole.portail.shared.NotFoundException;
import fr.monenfantalecole.portail.tenant.Collectivites;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The national editors' space: backlog, drafts, the review chain, history and comparisons. */
@AdminController
class EditorialController {

    private final NationalFiches fiches;
    private final Editorial editorial;
    private final ReviewChain chain;
    private final Themes themes;
    private final FicheChecks checks;
    private final QuestionsReponses questions;
    private final Collectivites collectivites;
    private final CorpusImport corpus;
    private final AuditLog audit;

    EditorialController(
            NationalFiches fiches,
            Editorial editorial,
            ReviewChain chain,
            Themes themes,
            FicheChecks checks,
            QuestionsReponses questions,
            Collectivites collectivites,
            CorpusImport corpus,
            AuditLog audit) {
        this.fiches = fiches;
        this.editorial = editorial;
        this.chain = chain;
        this.themes = themes;
        this.checks = checks;
        this.questions = questions;
        this.collectivites = collectivites;
        this.corpus = corpus;
        this.audit = audit;
    }

    @GetMapping("/admin/redaction")
    String dashboard(@AuthenticationPrincipal StaffPrincipal user, Model model) {
        requireEditorialSpace(user);
        var all = fiches.all();
        model.addAttribute("themes", themes.all());
        model.addAttribute("fiches", all);
        model.addAttribute("enCours", fiches.inReview());
        model.addAttribute("steps", chain.steps());
        model.addAttribute("stale", editorial.stale());
        model.addAttribute("canWrite", editorial.canWrite(user));
        model.addAttribute("journal", audit.recent(null, 30));
        return "redaction/tableau";
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
        return "redaction/fiche";
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
        return "redaction/comparer";
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
        return "redaction/apercu";
    }

    @GetMapping("/admin/redaction/circuit")
    String chainPage(@AuthenticationPrincipal StaffPrincipal user, Model model) {
        requirePlatform(user);
        model.addAttribute("steps", chain.steps());
        model.addAttribute("text", toText(chain.steps()));
        model.addAttribute("error", null);
        model.addAttribute("saved", false);
        return "redaction/circuit";
    }

    @PostMapping("/admin/redaction/circuit")
    String saveChain(@AuthenticationPrincipal StaffPrincipal user, @RequestParam String etapes, Model model) {
        requirePlatform(user);
        var parsed = ReviewChain.parse(etapes);
        String error = parsed.error();
        if (error == null && chain.versionsInReview() > 0) {
            error = chain.versionsInReview() + " version(s) sont en relecture : le circuit ne peut changer qu'une fois "
                    + "qu'elles sont publiées ou renvoyées.";
        }
        if (error == null) {
            chain.replace(parsed.steps());
            audit.record(
                    null,
                    user.id(),
                    "CIRCUIT_MODIFIE",
                    "circuit",
                    "relecture",
                    toText(parsed.steps()).replace("\n", " ; "));
        }
        model.addAttribute("steps", chain.steps());
        model.addAttribute("text", error == null ? toText(chain.steps()) : etapes);
        model.addAttribute("error", error);
        model.addAttribute("saved", error == null);
        return "redaction/circuit";
    }

    @PostMapping("/admin/redaction/import")
    String reimport(@AuthenticationPrincipal StaffPrincipal user, Model model) {
        requirePlatform(user);
        model.addAttribute("report", corpus.importCorpus(user.id()));
        return "redaction/import";
    }

    @ExceptionHandler(Editorial.Refused.class)
    String refused(Editorial.Refused e, Model model) {
        model.addAttribute("message", e.getMessage());
        return "redaction/refus";
    }

    private String versionPage(
            Model model, StaffPrincipal user, FicheVersion version, EditorForm form, @Nullable String error) {
        var fiche = fiches.find(version.ficheId()).orElseThrow();
        var published = fiche.publishedVersionId() == null
                ? null
                : fiches.version(fiche.publishedVersionId()).orElse(null);
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
        return "redaction/version";
    }

    private FicheVersion version(long id) {
        return fiches.version(id).orElseThrow(() -> new NotFoundException("Version inconnue"));
    }

    private static String toText(List<ReviewChain.Step> steps) {
        var text = new StringBuilder();
        steps.forEach(
                s -> text.append(s.role()).append(" | ").append(s.libelle()).append('\n'));
        return text.toString();
    }

    /** The editorial space is national: collectivité agents do not see it. */
    private static void requireEditorialSpace(StaffPrincipal user) {
        if (!user.isNationalEditor() && !user.isPlatformAdmin()) {
            throw new NotFoundException("Page introuvable");
        }
    }

    private static void requirePlatform(StaffPrincipal user) {
        if (!user.isPlatformAdmin()) {
            throw new NotFoundException("Page introuvable");
        }
    }
}
