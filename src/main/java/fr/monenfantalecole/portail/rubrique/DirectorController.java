package fr.monenfantalecole.portail.rubrique;

import fr.monenfantalecole.portail.account.AdminController;
import fr.monenfantalecole.portail.account.FormRescue;
import fr.monenfantalecole.portail.account.StaffPrincipal;
import fr.monenfantalecole.portail.shared.AuditLog;
import fr.monenfantalecole.portail.shared.RichText;
import fr.monenfantalecole.portail.shared.web.FormErrors;
import fr.monenfantalecole.portail.shared.web.NoForeignId;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
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

/**
 * A school director's space: only the pages they direct (anything else is 404), each rubrique in a
 * Markdown editor with live preview and server-side autosave, and submission to the mairie.
 */
@AdminController
class DirectorController {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final DirectorDesks desks;
    private final RubriqueContents contents;
    private final RubriqueDocuments documents;
    private final RubriqueStatuses statuses;
    private final UpdateRequests requests;
    private final AuditLog audit;
    private final Clock clock;
    private final SubmissionMails submissions;
    private final FormErrors formErrors;

    DirectorController(
            DirectorDesks desks,
            RubriqueContents contents,
            RubriqueDocuments documents,
            RubriqueStatuses statuses,
            UpdateRequests requests,
            AuditLog audit,
            Clock clock,
            SubmissionMails submissions,
            FormErrors formErrors) {
        this.submissions = submissions;
        this.formErrors = formErrors;
        this.desks = desks;
        this.contents = contents;
        this.documents = documents;
        this.statuses = statuses;
        this.requests = requests;
        this.audit = audit;
        this.clock = clock;
    }

    @NoForeignId("établissements de l'appelant")
    @GetMapping("/admin/mes-etablissements")
    String mine(@AuthenticationPrincipal StaffPrincipal user, Model model) {
        var mine = desks.of(user);
        if (mine.size() == 1) {
            return "redirect:" + mine.getFirst().path();
        }
        model.addAttribute(
                "desks",
                mine.stream()
                        .map(d ->
                                new DeskView(d.etablissement(), d.collectivite().nom(), d.path()))
                        .toList());
        return "rubrique/mine";
    }

    @GetMapping("/admin/mes-etablissements/{key}")
    String school(@PathVariable String key, @AuthenticationPrincipal StaffPrincipal user, Model model) {
        var desk = desks.require(user, key);
        model.addAttribute("etablissement", desk.etablissement());
        model.addAttribute("collectivite", desk.collectivite());
        var set = desk.set();
        model.addAttribute("set", set);
        model.addAttribute(
                "statuses",
                set == null ? Map.of() : statuses.of(set, List.of(key)).get(key));
        model.addAttribute("requests", requests.open(desk.collectivite().id(), key));
        model.addAttribute("path", desk.path());
        return "rubrique/director-school";
    }

    @GetMapping("/admin/mes-etablissements/{key}/rubriques/{rubriqueId:[0-9]+}")
    String editor(
            @PathVariable String key,
            @PathVariable long rubriqueId,
            @AuthenticationPrincipal StaffPrincipal user,
            HttpServletRequest request,
            Model model) {
        var desk = desks.require(user, key);
        var r = desk.rubrique(rubriqueId);
        var working = contents.working(r.id(), key).orElse(null);
        String texte = working != null
                ? working.texte()
                : contents.published(r.id(), key).map(RubriqueVersion::texte).orElse("");
        var rescued = FormRescue.take(request, desk.path() + "/rubriques/" + r.id())
                .map(fields -> fields.get("texte"))
                .filter(t -> !t.equals(texte))
                .orElse(null);
        if (rescued != null) {
            model.addAttribute(
                    "message",
                    "Le texte que vous aviez envoyé quand votre session a expiré est ci-dessous, "
                            + "non enregistré : relisez-le, puis enregistrez-le ou envoyez-le.");
            return editorPage(model, desk, r, rescued, null);
        }
        return editorPage(model, desk, r, texte, null);
    }

    @PostMapping("/admin/mes-etablissements/{key}/rubriques/{rubriqueId:[0-9]+}")
    String save(
            @PathVariable String key,
            @PathVariable long rubriqueId,
            @AuthenticationPrincipal StaffPrincipal user,
            @ModelAttribute("rubriqueTextForm") RubriqueTextForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        var desk = desks.require(user, key);
        var r = desk.rubrique(rubriqueId);
        String text = form.texte();
        form.check(result);
        if (result.hasErrors()) {
            if (form.blankSubmission()) {
                contents.saveDraft(r.id(), key, text, user.id());
            }
            return editorPage(model, desk, r, text, formErrors.of(result).get("texte"));
        }
        if (form.submitting()) {
            contents.submit(r.id(), key, text, user.id());
            submissions.submitted(desk.collectivite(), desk.etablissement(), r, user.nom());
            audit.record(desk.collectivite().id(), user.id(), "RUBRIQUE_SOUMISE", "etablissement", key, r.titre());
            redirect.addFlashAttribute(
                    "message", "« " + r.titre() + " » est envoyée à la mairie, qui la validera avant publication.");
            return "redirect:" + desk.path();
        }
        contents.saveDraft(r.id(), key, text, user.id());
        redirect.addFlashAttribute(
                "message", "Brouillon enregistré. Il n'est pas public : envoyez-le à la mairie quand il est prêt.");
        redirect.addFlashAttribute("saved", true);
        return "redirect:" + desk.path() + "/rubriques/" + r.id();
    }

    /** Live preview; also saves the draft on the server, so that typed text survives a lost session. */
    @PostMapping("/admin/mes-etablissements/{key}/rubriques/{rubriqueId:[0-9]+}/apercu")
    String preview(
            @PathVariable String key,
            @PathVariable long rubriqueId,
            @AuthenticationPrincipal StaffPrincipal user,
            @RequestParam(defaultValue = "") String texte,
            Model model) {
        var desk = desks.require(user, key);
        var r = desk.rubrique(rubriqueId);
        String text = texte.replace("\r\n", "\n");
        String savedAt = null;
        if (text.length() <= RubriqueContents.MAX_LENGTH) {
            var working = contents.working(r.id(), key);
            String current = working.map(RubriqueVersion::texte)
                    .orElseGet(() -> contents.published(r.id(), key)
                            .map(RubriqueVersion::texte)
                            .orElse(""));
            if (!current.equals(text)) {
                contents.saveDraft(r.id(), key, text, user.id());
                savedAt = LocalTime.now(clock).format(TIME);
            }
        }
        model.addAttribute("html", RichText.markdownToHtml(text));
        model.addAttribute("savedAt", savedAt);
        return "rubrique/preview";
    }

    private String editorPage(Model model, DirectorDesks.Desk desk, Rubrique r, String texte, @Nullable String error) {
        var working = contents.working(r.id(), desk.etablissement().key()).orElse(null);
        var published = contents.published(r.id(), desk.etablissement().key()).orElse(null);
        var docsVersion = working != null ? working : published;
        model.addAttribute("etablissement", desk.etablissement());
        model.addAttribute("rubrique", r);
        model.addAttribute("path", desk.path());
        model.addAttribute("texte", texte);
        model.addAttribute("working", working);
        model.addAttribute("published", published);
        model.addAttribute("documents", docsVersion == null ? List.of() : documents.of(docsVersion.id()));
        model.addAttribute("html", RichText.markdownToHtml(texte));
        model.addAttribute("error", error);
        model.addAttribute(
                "requests",
                requests.open(desk.collectivite().id(), desk.etablissement().key()).stream()
                        .filter(q -> q.rubriqueId() == null || q.rubriqueId() == r.id())
                        .toList());
        return "rubrique/editor";
    }
}
