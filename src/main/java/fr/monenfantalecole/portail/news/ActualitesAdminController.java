package fr.monenfantalecole.portail.news;

import fr.monenfantalecole.portail.account.AdminController;
import fr.monenfantalecole.portail.account.StaffPrincipal;
import fr.monenfantalecole.portail.shared.AuditLog;
import fr.monenfantalecole.portail.shared.ImageCheck;
import fr.monenfantalecole.portail.shared.NotFoundException;
import fr.monenfantalecole.portail.shared.web.FormErrors;
import fr.monenfantalecole.portail.tenant.Collectivite;
import fr.monenfantalecole.portail.tenant.Managed;
import jakarta.validation.Valid;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * News in the back office: a collectivité's own dossiers (and hiding national ones), and the
 * national dossiers written by the national team.
 */
@AdminController
class ActualitesAdminController {

    static final int MAX_IMAGE_BYTES = 2 * 1024 * 1024;

    private final Actualites actualites;
    private final AuditLog audit;
    private final Clock clock;
    private final FormErrors formErrors;

    ActualitesAdminController(Actualites actualites, AuditLog audit, Clock clock, FormErrors formErrors) {
        this.actualites = actualites;
        this.audit = audit;
        this.clock = clock;
        this.formErrors = formErrors;
    }

    /** Whose dossiers a page manages: a collectivité, or the national team (id null). */
    record Owner(@Nullable Long collectiviteId, String nom, String adminPath) {}

    private static Owner owner(@Nullable Collectivite c, StaffPrincipal user) {
        if (c == null) {
            if (!user.isNationalEditor() && !user.isPlatformAdmin()) {
                throw new NotFoundException("Page introuvable");
            }
            return new Owner(null, "l'équipe nationale", "/admin/redaction/actualites");
        }
        return new Owner(c.id(), c.nom(), "/admin/" + c.slug() + "/actualites");
    }

    @GetMapping({"/admin/{slug}/actualites", "/admin/redaction/actualites"})
    String list(
            @Managed @Nullable Collectivite collectivite, @AuthenticationPrincipal StaffPrincipal user, Model model) {
        var owner = owner(collectivite, user);
        model.addAttribute("owner", new OwnerView(owner.nom(), owner.adminPath(), owner.collectiviteId() == null));
        model.addAttribute("own", actualites.owned(owner.collectiviteId()));
        model.addAttribute("national", owner.collectiviteId() == null ? List.of() : actualites.national());
        model.addAttribute(
                "hidden", owner.collectiviteId() == null ? Set.of() : actualites.hidden(owner.collectiviteId()));
        return "news/admin-list";
    }

    @GetMapping({"/admin/{slug}/actualites/nouvelle", "/admin/redaction/actualites/nouvelle"})
    String create(
            @Managed @Nullable Collectivite collectivite, @AuthenticationPrincipal StaffPrincipal user, Model model) {
        var owner = owner(collectivite, user);
        return form(
                model,
                owner,
                null,
                new ActualiteForm("", "", "", LocalDate.now(clock).toString(), ""),
                Map.of(),
                false);
    }

    @GetMapping({"/admin/{slug}/actualites/{id:[0-9]+}", "/admin/redaction/actualites/{id:[0-9]+}"})
    String edit(
            @Managed @Nullable Collectivite collectivite,
            @PathVariable long id,
            @AuthenticationPrincipal StaffPrincipal user,
            Model model) {
        var owner = owner(collectivite, user);
        var a = actualites
                .owned(owner.collectiviteId(), id)
                .orElseThrow(() -> new NotFoundException("Actualité introuvable"));
        return form(
                model,
                owner,
                id,
                new ActualiteForm(a.titre(), a.resume(), a.corps(), a.publieLe().toString(), a.imageAlt()),
                Map.of(),
                a.hasImage());
    }

    @PostMapping({
        "/admin/{slug}/actualites/nouvelle",
        "/admin/redaction/actualites/nouvelle",
        "/admin/{slug}/actualites/{id:[0-9]+}",
        "/admin/redaction/actualites/{id:[0-9]+}"
    })
    String save(
            @Managed @Nullable Collectivite collectivite,
            @PathVariable(required = false) @Nullable Long id,
            @AuthenticationPrincipal StaffPrincipal user,
            @Valid @ModelAttribute("actualiteForm") ActualiteForm form,
            BindingResult result,
            @RequestParam(name = "image", required = false) @Nullable MultipartFile image,
            @RequestParam(name = "retirerImage", required = false) @Nullable String removeImage,
            Model model)
            throws IOException {
        var owner = owner(collectivite, user);
        boolean hadImage = false;
        if (id != null) {
            hadImage = actualites
                    .owned(owner.collectiviteId(), id)
                    .orElseThrow(() -> new NotFoundException("Actualité introuvable"))
                    .hasImage();
        }
        // The image is not a field of the form: its refusal joins the form's errors after them.
        String imageRefused = null;
        byte[] bytes = image == null ? new byte[0] : image.getBytes();
        String imageType = null;
        if (bytes.length > 0) {
            switch (ImageCheck.check(bytes, MAX_IMAGE_BYTES, 4000, "l'actualité")) {
                case ImageCheck.Accepted accepted -> {
                    imageType = accepted.contentType();
                    bytes = accepted.bytes();
                }
                case ImageCheck.Refused refused -> imageRefused = refused.message();
            }
            if (form.imageAlt() == null) {
                result.rejectValue("imageAlt", "news.imageAlt.manquant");
            }
        }
        if (result.hasErrors() || imageRefused != null) {
            Map<String, String> errors = new LinkedHashMap<>(formErrors.of(result));
            if (imageRefused != null) {
                errors.put("image", imageRefused);
            }
            return form(model, owner, id, form, errors, hadImage);
        }
        long saved;
        var typed = form.typed();
        String titre = typed.titre();
        if (id == null) {
            saved = actualites.create(
                    owner.collectiviteId(), titre, typed.resume(), typed.corps(), typed.publieLe(), user.id());
            audit.record(
                    owner.collectiviteId(), user.id(), "ACTUALITE_CREEE", "actualite", String.valueOf(saved), titre);
        } else {
            actualites.update(owner.collectiviteId(), id, titre, typed.resume(), typed.corps(), typed.publieLe());
            saved = id;
            audit.record(
                    owner.collectiviteId(), user.id(), "ACTUALITE_MODIFIEE", "actualite", String.valueOf(id), titre);
        }
        String imageAlt = form.imageAlt();
        String alt = imageAlt == null ? "" : imageAlt.strip();
        if (imageType != null) {
            actualites.setImage(saved, bytes, imageType, alt);
        } else if (removeImage != null) {
            actualites.setImage(saved, null, null, null);
        } else if (hadImage) {
            actualites.owned(owner.collectiviteId(), saved).ifPresent(a -> {
                if (!alt.equals(a.imageAlt())) {
                    actualites
                            .image(saved)
                            .ifPresent(img -> actualites.setImage(saved, img.content(), img.type(), alt));
                }
            });
        }
        return "redirect:" + owner.adminPath();
    }

    @PostMapping({"/admin/{slug}/actualites/{id:[0-9]+}/supprimer", "/admin/redaction/actualites/{id:[0-9]+}/supprimer"
    })
    String delete(
            @Managed @Nullable Collectivite collectivite,
            @PathVariable long id,
            @AuthenticationPrincipal StaffPrincipal user) {
        var owner = owner(collectivite, user);
        if (!actualites.delete(owner.collectiviteId(), id)) {
            throw new NotFoundException("Actualité introuvable");
        }
        audit.record(owner.collectiviteId(), user.id(), "ACTUALITE_SUPPRIMEE", "actualite", String.valueOf(id), null);
        return "redirect:" + owner.adminPath();
    }

    @PostMapping("/admin/{slug}/actualites/{id:[0-9]+}/{action:masquer|afficher}")
    String toggle(
            @Managed Collectivite collectivite,
            @PathVariable long id,
            @PathVariable String action,
            @AuthenticationPrincipal StaffPrincipal user) {
        var owner = owner(collectivite, user);
        if (actualites.owned((Long) null, id).isEmpty()) {
            throw new NotFoundException("Actualité introuvable");
        }
        if ("masquer".equals(action)) {
            actualites.hide(collectivite.id(), id);
        } else {
            actualites.show(collectivite.id(), id);
        }
        audit.record(
                collectivite.id(),
                user.id(),
                "ACTUALITE_" + ("masquer".equals(action) ? "MASQUEE" : "AFFICHEE"),
                "actualite",
                String.valueOf(id),
                null);
        return "redirect:" + owner.adminPath();
    }

    private String form(
            Model model,
            Owner owner,
            @Nullable Long id,
            ActualiteForm form,
            Map<String, String> errors,
            boolean hasImage) {
        model.addAttribute("owner", new OwnerView(owner.nom(), owner.adminPath(), owner.collectiviteId() == null));
        model.addAttribute("newsId", id);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("hasImage", hasImage);
        return "news/admin-form";
    }
}
