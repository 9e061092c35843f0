package fr.monenfantalecole.portail.rubrique.web;

import fr.monenfantalecole.portail.account.AdminController;
import fr.monenfantalecole.portail.account.FormRescue;
import fr.monenfantalecole.portail.account.Grant;
import fr.monenfantalecole.portail.account.StaffPrincipal;
import fr.monenfantalecole.portail.rubrique.Establishment;
import fr.monenfantalecole.portail.rubrique.Establishments;
import fr.monenfantalecole.portail.rubrique.PdfCheck;
import fr.monenfantalecole.portail.rubrique.Rubrique;
import fr.monenfantalecole.portail.rubrique.RubriqueContents;
import fr.monenfantalecole.portail.rubrique.RubriqueSet;
import fr.monenfantalecole.portail.rubrique.RubriqueVersion;
import fr.monenfantalecole.portail.rubrique.Rubriques;
import fr.monenfantalecole.portail.rubrique.UpdateRequests;
import fr.monenfantalecole.portail.shared.AuditLog;
import fr.monenfantalecole.portail.shared.NotFoundException;
import fr.monenfantalecole.portail.shared.RichText;
import fr.monenfantalecole.portail.tenant.Collectivite;
import fr.monenfantalecole.portail.tenant.Collectivites;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A school director's space: only the establishments they direct (anything else is 404), each
 * rubrique in a Markdown editor with live preview and server-side autosave, PDF documents, and
 * submission to the mairie.
 */
@AdminController
class DirectorController {

    private final Collectivites collectivites;
    private final Establishments establishments;
    private final Rubriques rubriques;
    private final RubriqueContents contents;
    private final UpdateRequests requests;
    private final AuditLog audit;

    DirectorController(
            Collectivites collectivites,
            Establishments establishments,
            Rubriques rubriques,
            RubriqueContents contents,
            UpdateRequests requests,
            AuditLog audit) {
        this.collectivites = collectivites;
        this.establishments = establishments;
        this.rubriques = rubriques;
        this.contents = contents;
        this.requests = requests;
        this.audit = audit;
    }

    /** One establishment a director works on, with the collectivité that invited them and its rubriques. */
    record Desk(
            Collectivite collectivite,
            Establishment etablissement,
            @Nullable RubriqueSet set) {

        String path() {
            return "/admin/mes-etablissements/" + etablissement.key();
        }
    }

    private List<Desk> desks(StaffPrincipal user) {
        List<Desk> desks = new ArrayList<>();
        for (Grant g : user.directedEstablishments()) {
            var c = collectivites.findById(g.collectiviteId()).orElse(null);
            if (c == null) {
                continue;
            }
            establishments
                    .find(c, g.etablissement())
                    .ifPresent(
                            e -> desks.add(new Desk(c, e, rubriques.resolve(c).orElse(null))));
        }
        return desks;
    }

    private Desk desk(StaffPrincipal user, String key) {
        if (!user.directs(key)) {
            throw new NotFoundException("Établissement introuvable");
        }
        return desks(user).stream()
                .filter(d -> d.etablissement().key().equals(key))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Établissement introuvable"));
    }

    private static Rubrique rubrique(Desk desk, long id) {
        if (desk.set() == null) {
            throw new NotFoundException("Rubrique introuvable");
        }
        return desk.set().rubriques().stream()
                .filter(r -> r.id() == id)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Rubrique introuvable"));
    }

    @GetMapping("/admin/mes-etablissements")
    String mine(@AuthenticationPrincipal StaffPrincipal user, Model model) {
        var desks = desks(user);
        if (desks.size() == 1) {
            return "redirect:" + desks.getFirst().path();
        }
        model.addAttribute(
                "desks",
                desks.stream()
                        .map(d ->
                                new DeskView(d.etablissement(), d.collectivite().nom(), d.path()))
                        .toList());
        return "rubrique/mine";
    }

    @GetMapping("/admin/mes-etablissements/{key}")
    String school(@PathVariable String key, @AuthenticationPrincipal StaffPrincipal user, Model model) {
        var desk = desk(user, key);
        model.addAttribute("etablissement", desk.etablissement());
        model.addAttribute("collectivite", desk.collectivite());
        model.addAttribute("set", desk.set());
        model.addAttribute(
                "statuses",
                desk.set() == null
                        ? Map.of()
                        : contents.statuses(desk.set(), List.of(key)).get(key));
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
        var desk = desk(user, key);
        var r = rubrique(desk, rubriqueId);
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
            @RequestParam(defaultValue = "") String texte,
            @RequestParam(defaultValue = "enregistrer") String action,
            Model model,
            RedirectAttributes redirect) {
        var desk = desk(user, key);
        var r = rubrique(desk, rubriqueId);
        String text = texte.replace("\r\n", "\n");
        if (text.length() > RubriqueContents.MAX_LENGTH) {
            return editorPage(
                    model,
                    desk,
                    r,
                    text,
                    "Le texte dépasse " + RubriqueContents.MAX_LENGTH
                            + " caractères : raccourcissez-le ou joignez un document PDF. Rien n'est perdu, votre texte est ci-dessous.");
        }
        if ("soumettre".equals(action)) {
            if (text.isBlank()) {
                contents.saveDraft(r.id(), key, text, user.id());
                return editorPage(
                        model, desk, r, text, "Écrivez le contenu de la rubrique avant de l'envoyer à la mairie.");
            }
            contents.submit(r.id(), key, text, user.id());
            audit.record(desk.collectivite().id(), user.id(), "RUBRIQUE_SOUMISE", "etablissement", key, r.titre());
            redirect.addFlashAttribute(
                    "message", "« " + r.titre() + " » est envoyée à la mairie, qui la validera avant publication.");
            return "redirect:" + desk.path();
        }
        contents.saveDraft(r.id(), key, text, user.id());
        redirect.addFlashAttribute(
                "message", "Brouillon enregistré. Il n'est pas public : envoyez-le à la mairie quand il est prêt.");
        redirect.addFlashAttribute("saved", Boolean.TRUE);
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
        var desk = desk(user, key);
        var r = rubrique(desk, rubriqueId);
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
                savedAt = LocalTime.now(ZoneId.of("Europe/Paris")).format(DateTimeFormatter.ofPattern("HH:mm"));
            }
        }
        model.addAttribute("html", RichText.markdownToHtml(text));
        model.addAttribute("savedAt", savedAt);
        return "rubrique/preview";
    }

    @PostMapping("/admin/mes-etablissements/{key}/rubriques/{rubriqueId:[0-9]+}/documents")
    String upload(
            @PathVariable String key,
            @PathVariable long rubriqueId,
            @AuthenticationPrincipal StaffPrincipal user,
            @RequestParam(name = "document", required = false) @Nullable MultipartFile file,
            RedirectAttributes redirect)
            throws IOException {
        var desk = desk(user, key);
        var r = rubrique(desk, rubriqueId);
        byte[] bytes = file == null ? new byte[0] : file.getBytes();
        String name = file == null || file.getOriginalFilename() == null ? "document.pdf" : file.getOriginalFilename();
        switch (PdfCheck.check(bytes, name)) {
            case PdfCheck.Accepted accepted -> {
                contents.attach(r.id(), key, accepted.nom(), bytes, user.id());
                audit.record(
                        desk.collectivite().id(), user.id(), "DOCUMENT_JOINT", "etablissement", key, accepted.nom());
                redirect.addFlashAttribute("message", "« " + accepted.nom() + " » est joint au brouillon.");
            }
            case PdfCheck.Refused refused -> redirect.addFlashAttribute("erreurDocument", refused.message());
        }
        return "redirect:" + desk.path() + "/rubriques/" + r.id();
    }

    @PostMapping(
            "/admin/mes-etablissements/{key}/rubriques/{rubriqueId:[0-9]+}/documents/{documentId:[0-9]+}/supprimer")
    String removeDocument(
            @PathVariable String key,
            @PathVariable long rubriqueId,
            @PathVariable long documentId,
            @AuthenticationPrincipal StaffPrincipal user,
            RedirectAttributes redirect) {
        var desk = desk(user, key);
        var r = rubrique(desk, rubriqueId);
        var doc = contents.document(documentId).orElseThrow(() -> new NotFoundException("Document introuvable"));
        var version = contents.version(doc.versionId());
        if (!version.etablissement().equals(key) || version.rubriqueId() != r.id()) {
            throw new NotFoundException("Document introuvable");
        }
        contents.detach(r.id(), key, documentId, user.id());
        redirect.addFlashAttribute("message", "« " + doc.nom() + " » est retiré du brouillon.");
        return "redirect:" + desk.path() + "/rubriques/" + r.id();
    }

    @GetMapping("/admin/mes-etablissements/{key}/documents/{documentId:[0-9]+}")
    ResponseEntity<byte[]> document(
            @PathVariable String key, @PathVariable long documentId, @AuthenticationPrincipal StaffPrincipal user) {
        var desk = desk(user, key);
        if (desk.set() == null) {
            throw new NotFoundException("Document introuvable");
        }
        return Downloads.document(contents, desk.set(), key, documentId, false);
    }

    private String editorPage(Model model, Desk desk, Rubrique r, String texte, @Nullable String error) {
        var working = contents.working(r.id(), desk.etablissement().key()).orElse(null);
        var published = contents.published(r.id(), desk.etablissement().key()).orElse(null);
        var docsVersion = working != null ? working : published;
        model.addAttribute("etablissement", desk.etablissement());
        model.addAttribute("rubrique", r);
        model.addAttribute("path", desk.path());
        model.addAttribute("texte", texte);
        model.addAttribute("working", working);
        model.addAttribute("published", published);
        model.addAttribute("documents", docsVersion == null ? List.of() : contents.documents(docsVersion.id()));
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
