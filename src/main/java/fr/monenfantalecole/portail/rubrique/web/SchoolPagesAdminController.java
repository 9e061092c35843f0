package fr.monenfantalecole.portail.rubrique.web;

import fr.monenfantalecole.portail.account.AdminController;
import fr.monenfantalecole.portail.account.StaffPrincipal;
import fr.monenfantalecole.portail.account.StaffUsers;
import fr.monenfantalecole.portail.rubrique.DecisionMails;
import fr.monenfantalecole.portail.rubrique.Establishment;
import fr.monenfantalecole.portail.rubrique.Establishments;
import fr.monenfantalecole.portail.rubrique.Invitations;
import fr.monenfantalecole.portail.rubrique.LocalStructure;
import fr.monenfantalecole.portail.rubrique.Rubrique;
import fr.monenfantalecole.portail.rubrique.RubriqueContents;
import fr.monenfantalecole.portail.rubrique.RubriqueSet;
import fr.monenfantalecole.portail.rubrique.RubriqueVersion;
import fr.monenfantalecole.portail.rubrique.Rubriques;
import fr.monenfantalecole.portail.rubrique.UpdateRequests;
import fr.monenfantalecole.portail.shared.AuditLog;
import fr.monenfantalecole.portail.shared.NotFoundException;
import fr.monenfantalecole.portail.shared.RichText;
import fr.monenfantalecole.portail.shared.TextDiff;
import fr.monenfantalecole.portail.tenant.Collectivite;
import fr.monenfantalecole.portail.tenant.ManagedCollectivites;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The mairie's side of school pages: choosing the rubriques, the dashboard of every establishment,
 * inviting directors, asking for updates, validating or returning what directors submit, and the
 * establishments the collectivité runs. Every route starts from {@link ManagedCollectivites}: 404
 * for a collectivité one does not manage, and for an establishment outside its territory.
 */
@AdminController
class SchoolPagesAdminController {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final ManagedCollectivites managed;
    private final Rubriques rubriques;
    private final RubriqueContents contents;
    private final Establishments establishments;
    private final Invitations invitations;
    private final UpdateRequests requests;
    private final StaffUsers users;
    private final AuditLog audit;
    private final DecisionMails decisionMails;

    SchoolPagesAdminController(
            ManagedCollectivites managed,
            Rubriques rubriques,
            RubriqueContents contents,
            Establishments establishments,
            Invitations invitations,
            UpdateRequests requests,
            StaffUsers users,
            AuditLog audit,
            DecisionMails decisionMails) {
        this.decisionMails = decisionMails;
        this.managed = managed;
        this.rubriques = rubriques;
        this.contents = contents;
        this.establishments = establishments;
        this.invitations = invitations;
        this.requests = requests;
        this.users = users;
        this.audit = audit;
    }

    // The rubriques ------------------------------------------------------------------------------

    @GetMapping("/admin/{slug}/rubriques")
    String rubriques(@PathVariable String slug, @AuthenticationPrincipal StaffPrincipal user, Model model) {
        var c = managed.requireSchoolPages(slug, user);
        model.addAttribute("collectivite", c);
        model.addAttribute("own", rubriques.own(c.id()));
        model.addAttribute(
                "inherited", rubriques.resolve(c).filter(RubriqueSet::inherited).orElse(null));
        model.addAttribute("max", Rubriques.MAX);
        model.addAttribute("suggested", Rubriques.SUGGESTED);
        return "rubrique/set";
    }

    @PostMapping("/admin/{slug}/rubriques/proposees")
    String chooseSuggested(@PathVariable String slug, @AuthenticationPrincipal StaffPrincipal user) {
        var c = managed.requireSchoolPages(slug, user);
        rubriques.chooseSuggested(c.id());
        audit.record(c.id(), user.id(), "RUBRIQUES_PROPOSEES_CHOISIES", "rubrique", c.slug(), null);
        return "redirect:/admin/" + slug + "/rubriques";
    }

    @PostMapping("/admin/{slug}/rubriques/ajouter")
    String add(
            @PathVariable String slug,
            @AuthenticationPrincipal StaffPrincipal user,
            @RequestParam(defaultValue = "") String titre,
            @RequestParam(defaultValue = "") String aide,
            RedirectAttributes redirect) {
        var c = managed.requireSchoolPages(slug, user);
        String error = checkRubrique(titre, aide);
        if (error == null) {
            error = rubriques.add(c.id(), titre.strip(), aide.strip());
        }
        if (error != null) {
            redirect.addFlashAttribute("erreur", error);
        } else {
            audit.record(c.id(), user.id(), "RUBRIQUE_AJOUTEE", "rubrique", c.slug(), titre.strip());
            redirect.addFlashAttribute(
                    "message", "Rubrique « " + titre.strip() + " » ajoutée pour tous les établissements.");
        }
        return "redirect:/admin/" + slug + "/rubriques";
    }

    @PostMapping("/admin/{slug}/rubriques/{id:[0-9]+}")
    String update(
            @PathVariable String slug,
            @PathVariable long id,
            @AuthenticationPrincipal StaffPrincipal user,
            @RequestParam(defaultValue = "") String titre,
            @RequestParam(defaultValue = "") String aide,
            RedirectAttributes redirect) {
        var c = managed.requireSchoolPages(slug, user);
        String error = checkRubrique(titre, aide);
        if (error == null) {
            error = rubriques.update(c.id(), id, titre.strip(), aide.strip());
        }
        if (error != null) {
            redirect.addFlashAttribute("erreur", error);
        } else {
            audit.record(c.id(), user.id(), "RUBRIQUE_MODIFIEE", "rubrique", String.valueOf(id), titre.strip());
            redirect.addFlashAttribute("message", "Rubrique « " + titre.strip() + " » enregistrée.");
        }
        return "redirect:/admin/" + slug + "/rubriques";
    }

    @PostMapping("/admin/{slug}/rubriques/{id:[0-9]+}/{direction:monter|descendre}")
    String move(
            @PathVariable String slug,
            @PathVariable long id,
            @PathVariable String direction,
            @AuthenticationPrincipal StaffPrincipal user) {
        var c = managed.requireSchoolPages(slug, user);
        rubriques.move(c.id(), id, "monter".equals(direction) ? -1 : 1);
        return "redirect:/admin/" + slug + "/rubriques";
    }

    @PostMapping("/admin/{slug}/rubriques/{id:[0-9]+}/supprimer")
    String delete(
            @PathVariable String slug,
            @PathVariable long id,
            @AuthenticationPrincipal StaffPrincipal user,
            RedirectAttributes redirect) {
        var c = managed.requireSchoolPages(slug, user);
        var r = rubriques.find(c.id(), id);
        rubriques.delete(c.id(), id);
        audit.record(c.id(), user.id(), "RUBRIQUE_SUPPRIMEE", "rubrique", String.valueOf(id), r.titre());
        redirect.addFlashAttribute("message", "Rubrique « " + r.titre() + " » supprimée de tous les établissements.");
        return "redirect:/admin/" + slug + "/rubriques";
    }

    private static @Nullable String checkRubrique(String titre, String aide) {
        if (titre.isBlank() || titre.strip().length() > 80) {
            return "Donnez un titre de 1 à 80 caractères.";
        }
        if (aide.length() > 500) {
            return "L'aide pour les directeurs tient en 500 caractères au plus.";
        }
        return null;
    }

    // The dashboard ------------------------------------------------------------------------------

    @GetMapping("/admin/{slug}/pages-ecoles")
    String dashboard(@PathVariable String slug, @AuthenticationPrincipal StaffPrincipal user, Model model) {
        var c = managed.requireSchoolPages(slug, user);
        var set = rubriques.resolve(c).orElse(null);
        var all = establishments.of(c);
        model.addAttribute("collectivite", c);
        model.addAttribute("set", set);
        model.addAttribute("establishments", all);
        model.addAttribute(
                "statuses",
                set == null
                        ? Map.of()
                        : contents.statuses(
                                set, all.stream().map(Establishment::key).toList()));
        return "rubrique/dashboard";
    }

    @GetMapping("/admin/{slug}/pages-ecoles/{key}")
    String school(
            @PathVariable String slug,
            @PathVariable String key,
            @AuthenticationPrincipal StaffPrincipal user,
            Model model) {
        var c = managed.requireSchoolPages(slug, user);
        var e = establishments.require(c, key);
        var set = rubriques.resolve(c).orElse(null);
        model.addAttribute("collectivite", c);
        model.addAttribute("etablissement", e);
        model.addAttribute("set", set);
        model.addAttribute(
                "statuses",
                set == null
                        ? Map.of()
                        : contents.statuses(set, List.of(e.key())).get(e.key()));
        model.addAttribute("directors", users.directorsOf(c.id(), e.key()));
        model.addAttribute("invitations", invitations.pending(c.id(), e.key()));
        model.addAttribute("requests", requests.all(c.id(), e.key()));
        model.addAttribute(
                "defaultDeadline",
                LocalDate.now(ZoneId.of("Europe/Paris")).plusDays(21).format(DATE));
        return "rubrique/school";
    }

    @PostMapping("/admin/{slug}/pages-ecoles/{key}/inviter")
    String invite(
            @PathVariable String slug,
            @PathVariable String key,
            @AuthenticationPrincipal StaffPrincipal user,
            @RequestParam(defaultValue = "") String email,
            RedirectAttributes redirect) {
        var c = managed.requireSchoolPages(slug, user);
        var e = establishments.require(c, key);
        String address = email.strip();
        if (!address.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+") || address.length() > 200) {
            redirect.addFlashAttribute(
                    "erreur",
                    "Saisissez l'adresse électronique du directeur ou de la directrice, "
                            + "par exemple ce.0350001a@ac-rennes.fr.");
        } else {
            invitations.invite(c, e, address, user.id());
            audit.record(c.id(), user.id(), "DIRECTEUR_INVITE", "etablissement", e.key(), address);
            // Queued, not sent yet: the outbox says when it has left, or that it failed.
            redirect.addFlashAttribute(
                    "message",
                    "Invitation prête pour " + address
                            + " : le courriel part dans un instant (suivi dans « Courriels »).");
        }
        return "redirect:/admin/" + slug + "/pages-ecoles/" + e.key();
    }

    /** A director who left: the establishment is taken away from them and their pending invitations cancelled. */
    @PostMapping("/admin/{slug}/pages-ecoles/{key}/directeurs/{userId:[0-9]+}/retirer")
    String revokeDirector(
            @PathVariable String slug,
            @PathVariable String key,
            @PathVariable long userId,
            @AuthenticationPrincipal StaffPrincipal user,
            RedirectAttributes redirect) {
        var c = managed.requireSchoolPages(slug, user);
        var e = establishments.require(c, key);
        var director = users.directorsOf(c.id(), e.key()).stream()
                .filter(d -> d.id() == userId)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Directeur introuvable"));
        users.revokeDirector(userId, c.id(), e.key());
        invitations.cancel(c.id(), e.key(), director.email());
        audit.record(c.id(), user.id(), "DIRECTEUR_RETIRE", "etablissement", e.key(), director.email());
        redirect.addFlashAttribute("message", director.nom() + " n'a plus accès à la page de " + e.nom() + ".");
        return "redirect:/admin/" + slug + "/pages-ecoles/" + e.key();
    }

    @PostMapping("/admin/{slug}/pages-ecoles/{key}/demander")
    String requestUpdate(
            @PathVariable String slug,
            @PathVariable String key,
            @AuthenticationPrincipal StaffPrincipal user,
            @RequestParam(required = false) @Nullable Long rubrique,
            @RequestParam(defaultValue = "") String message,
            @RequestParam(defaultValue = "") String echeance,
            RedirectAttributes redirect) {
        var c = managed.requireSchoolPages(slug, user);
        var e = establishments.require(c, key);
        var set = rubriques.resolve(c).orElseThrow(() -> new NotFoundException("Aucune rubrique"));
        Rubrique r = null;
        if (rubrique != null) {
            r = set.rubriques().stream()
                    .filter(x -> x.id() == rubrique)
                    .findFirst()
                    .orElseThrow(() -> new NotFoundException("Rubrique introuvable"));
        }
        LocalDate deadline = parseDate(echeance);
        if (message.isBlank() || message.length() > 1000) {
            redirect.addFlashAttribute(
                    "erreur", "Écrivez ce que l'école doit mettre à jour (1000 caractères au plus).");
        } else if (deadline == null || deadline.isBefore(LocalDate.now(ZoneId.of("Europe/Paris")))) {
            redirect.addFlashAttribute("erreur", "Donnez une échéance à venir, au format JJ/MM/AAAA.");
        } else {
            int written = requests.request(c, e, r, message.strip(), deadline, user.id());
            audit.record(c.id(), user.id(), "MISE_A_JOUR_DEMANDEE", "etablissement", e.key(), message.strip());
            redirect.addFlashAttribute(
                    "message",
                    written == 0
                            ? "Demande enregistrée. Aucun directeur n'a encore de compte : invitez-le pour qu'il la reçoive."
                            : "Demande envoyée à " + written + " directeur(s) ; un rappel partira avant l'échéance.");
        }
        return "redirect:/admin/" + slug + "/pages-ecoles/" + e.key();
    }

    static @Nullable LocalDate parseDate(String text) {
        try {
            return LocalDate.parse(text.strip(), DATE);
        } catch (DateTimeParseException ex) {
            try {
                return LocalDate.parse(text.strip());
            } catch (DateTimeParseException ex2) {
                return null;
            }
        }
    }

    // Reviewing -----------------------------------------------------------------------------------

    @GetMapping("/admin/{slug}/pages-ecoles/{key}/rubriques/{rubriqueId:[0-9]+}")
    String review(
            @PathVariable String slug,
            @PathVariable String key,
            @PathVariable long rubriqueId,
            @AuthenticationPrincipal StaffPrincipal user,
            Model model) {
        var c = managed.requireSchoolPages(slug, user);
        var e = establishments.require(c, key);
        var r = rubriqueOf(c, rubriqueId);
        var working = contents.working(r.id(), e.key()).orElse(null);
        var published = contents.published(r.id(), e.key()).orElse(null);
        model.addAttribute("collectivite", c);
        model.addAttribute("etablissement", e);
        model.addAttribute("rubrique", r);
        model.addAttribute("working", working);
        model.addAttribute("published", published);
        model.addAttribute("workingHtml", working == null ? "" : RichText.markdownToHtml(working.texte()));
        model.addAttribute("publishedHtml", published == null ? "" : RichText.markdownToHtml(published.texte()));
        model.addAttribute("workingDocuments", working == null ? List.of() : contents.documents(working.id()));
        model.addAttribute("publishedDocuments", published == null ? List.of() : contents.documents(published.id()));
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
            @PathVariable String slug,
            @PathVariable String key,
            @PathVariable long rubriqueId,
            @PathVariable long versionId,
            @AuthenticationPrincipal StaffPrincipal user,
            Model model) {
        var c = managed.requireSchoolPages(slug, user);
        var e = establishments.require(c, key);
        var r = rubriqueOf(c, rubriqueId);
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
        model.addAttribute("documents", contents.documents(version.id()));
        model.addAttribute("diff", TextDiff.between(previous == null ? "" : previous.texte(), version.texte()));
        return "rubrique/version";
    }

    @PostMapping("/admin/{slug}/pages-ecoles/{key}/rubriques/{rubriqueId:[0-9]+}/{action:valider|renvoyer}")
    String decide(
            @PathVariable String slug,
            @PathVariable String key,
            @PathVariable long rubriqueId,
            @PathVariable String action,
            @AuthenticationPrincipal StaffPrincipal user,
            @RequestParam(defaultValue = "") String commentaire,
            @RequestParam(defaultValue = "0") long version,
            @RequestParam(defaultValue = "") String soumisLe,
            RedirectAttributes redirect) {
        var c = managed.requireSchoolPages(slug, user);
        var e = establishments.require(c, key);
        var r = rubriqueOf(c, rubriqueId);
        var working = contents.working(r.id(), e.key())
                .filter(v -> v.etat() == RubriqueVersion.State.SOUMIS)
                .orElse(null);
        String back = "redirect:/admin/" + slug + "/pages-ecoles/" + e.key() + "/rubriques/" + r.id();
        if (working == null) {
            redirect.addFlashAttribute(
                    "erreur", "Il n'y a pas de version soumise à valider : le directeur l'a peut-être reprise.");
            return back;
        }
        // The decision is about the text the agent read: if the director changed it since, read it again.
        if (working.id() != version || !String.valueOf(working.soumisLe()).equals(soumisLe)) {
            redirect.addFlashAttribute(
                    "erreur",
                    "Le directeur a modifié cette rubrique depuis que vous l'avez ouverte : relisez la nouvelle version avant de décider.");
            return back;
        }
        if ("valider".equals(action)) {
            contents.publish(working.id(), user.id(), commentaire.isBlank() ? null : commentaire.strip());
            decisionMails.published(c, e, r, commentaire.isBlank() ? null : commentaire.strip());
            audit.record(c.id(), user.id(), "RUBRIQUE_PUBLIEE", "etablissement", e.key(), r.titre());
            redirect.addFlashAttribute("message", "« " + r.titre() + " » est publiée sur la page de " + e.nom() + ".");
        } else {
            if (commentaire.isBlank()) {
                redirect.addFlashAttribute("erreur", "Expliquez au directeur ce qu'il faut reprendre.");
                return back;
            }
            contents.returnToDraft(working.id(), user.id(), commentaire.strip());
            decisionMails.returned(c, e, r, commentaire.strip());
            audit.record(
                    c.id(),
                    user.id(),
                    "RUBRIQUE_RENVOYEE",
                    "etablissement",
                    e.key(),
                    r.titre() + " : " + commentaire.strip());
            redirect.addFlashAttribute(
                    "message", "« " + r.titre() + " » est renvoyée au directeur avec votre commentaire.");
        }
        return back;
    }

    @GetMapping("/admin/{slug}/pages-ecoles/{key}/documents/{documentId:[0-9]+}")
    ResponseEntity<byte[]> document(
            @PathVariable String slug,
            @PathVariable String key,
            @PathVariable long documentId,
            @AuthenticationPrincipal StaffPrincipal user) {
        var c = managed.requireSchoolPages(slug, user);
        var e = establishments.require(c, key);
        var set = rubriques.resolve(c).orElseThrow(() -> new NotFoundException("Document introuvable"));
        return Downloads.document(contents, set, e.key(), documentId, false);
    }

    private Rubrique rubriqueOf(Collectivite c, long rubriqueId) {
        return rubriques
                .resolve(c)
                .flatMap(set -> set.rubriques().stream()
                        .filter(r -> r.id() == rubriqueId)
                        .findFirst())
                .orElseThrow(() -> new NotFoundException("Rubrique introuvable"));
    }

    // Establishments the collectivité runs ---------------------------------------------------------

    @GetMapping("/admin/{slug}/structures")
    String structures(@PathVariable String slug, @AuthenticationPrincipal StaffPrincipal user, Model model) {
        var c = managed.requireSchoolPages(slug, user);
        return structuresPage(model, c, Map.of(), Map.of());
    }

    @PostMapping("/admin/{slug}/structures")
    String addStructure(
            @PathVariable String slug,
            @AuthenticationPrincipal StaffPrincipal user,
            @RequestParam(defaultValue = "") String nom,
            @RequestParam(defaultValue = "") String nature,
            @RequestParam(defaultValue = "") String adresse,
            @RequestParam(defaultValue = "") String latitude,
            @RequestParam(defaultValue = "") String longitude,
            Model model,
            RedirectAttributes redirect) {
        var c = managed.requireSchoolPages(slug, user);
        Map<String, String> errors = new LinkedHashMap<>();
        if (nom.isBlank() || nom.length() > 150) {
            errors.put("nom", "Donnez le nom de la structure (150 caractères au plus).");
        }
        LocalStructure.Nature kind = null;
        try {
            kind = LocalStructure.Nature.valueOf(nature);
        } catch (IllegalArgumentException ex) {
            errors.put("nature", "Choisissez le type de structure.");
        }
        if (adresse.isBlank() || adresse.length() > 300) {
            errors.put("adresse", "Donnez l'adresse (300 caractères au plus).");
        }
        Double lat = null;
        Double lon = null;
        if (!latitude.isBlank() || !longitude.isBlank()) {
            try {
                lat = Double.valueOf(latitude.strip().replace(',', '.'));
                lon = Double.valueOf(longitude.strip().replace(',', '.'));
                if (!LocalStructure.isPosition(lat, lon)) {
                    throw new NumberFormatException();
                }
            } catch (NumberFormatException ex) {
                errors.put(
                        "latitude",
                        "Latitude et longitude en degrés décimaux, par exemple 48,3525 et -1,1986 ; ou laissez-les vides.");
            }
        }
        if (!errors.isEmpty()) {
            return structuresPage(
                    model,
                    c,
                    errors,
                    Map.of(
                            "nom",
                            nom,
                            "nature",
                            nature,
                            "adresse",
                            adresse,
                            "latitude",
                            latitude,
                            "longitude",
                            longitude));
        }
        long id = establishments.addLocalStructure(c.id(), nom.strip(), kind, adresse.strip(), lat, lon);
        audit.record(c.id(), user.id(), "STRUCTURE_AJOUTEE", "structure", String.valueOf(id), nom.strip());
        redirect.addFlashAttribute(
                "message", "« " + nom.strip() + " » ajoutée : elle a les mêmes rubriques que les écoles.");
        return "redirect:/admin/" + slug + "/structures";
    }

    private String structuresPage(Model model, Collectivite c, Map<String, String> errors, Map<String, String> form) {
        model.addAttribute("collectivite", c);
        model.addAttribute("structures", establishments.localStructures(c.id()));
        model.addAttribute("errors", errors);
        model.addAttribute("form", form);
        model.addAttribute("natures", LocalStructure.Nature.values());
        return "rubrique/structures";
    }
}
