package fr.monenfantalecole.portail.tenant.web;

import fr.monenfantalecole.portail.account.AdminController;
import fr.monenfantalecole.portail.account.StaffPrincipal;
import fr.monenfantalecole.portail.shared.AuditLog;
import fr.monenfantalecole.portail.shared.ImageCheck;
import fr.monenfantalecole.portail.shared.NotFoundException;
import fr.monenfantalecole.portail.tenant.Collectivite;
import fr.monenfantalecole.portail.tenant.Collectivites;
import fr.monenfantalecole.portail.tenant.Integrations;
import fr.monenfantalecole.portail.tenant.LogoCheck;
import fr.monenfantalecole.portail.tenant.ManagedCollectivites;
import fr.monenfantalecole.portail.tenant.PlatformHosts;
import fr.monenfantalecole.portail.tenant.ReservedSlugs;
import fr.monenfantalecole.portail.tenant.Zone;
import java.io.IOException;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** Back office: the collectivités one manages, their identity and their branding. */
@AdminController
class CollectiviteAdminController {

    private final ManagedCollectivites managed;
    private final Collectivites collectivites;
    private final AuditLog audit;
    private final Integrations integrations;
    private final PlatformHosts platformHosts;
    private final ReservedSlugs reservedSlugs;

    CollectiviteAdminController(
            ManagedCollectivites managed,
            Collectivites collectivites,
            AuditLog audit,
            Integrations integrations,
            PlatformHosts platformHosts,
            ReservedSlugs reservedSlugs) {
        this.reservedSlugs = reservedSlugs;
        this.integrations = integrations;
        this.platformHosts = platformHosts;
        this.audit = audit;
        this.managed = managed;
        this.collectivites = collectivites;
    }

    @GetMapping("/admin")
    String home(@AuthenticationPrincipal StaffPrincipal user, Model model) {
        model.addAttribute("collectivites", managed.all(user));
        model.addAttribute("schoolPages", managed.schoolPagesOnly(user));
        return "admin/home";
    }

    @GetMapping("/admin/collectivites/nouvelle")
    String creation(@AuthenticationPrincipal StaffPrincipal user, Model model) {
        requirePlatform(user);
        return creationPage(model, NewCollectiviteForm.EMPTY, Map.of());
    }

    @PostMapping("/admin/collectivites/nouvelle")
    String create(@AuthenticationPrincipal StaffPrincipal user, @ModelAttribute NewCollectiviteForm form, Model model) {
        requirePlatform(user);
        var validation = form.validate(collectivites, reservedSlugs);
        if (validation.collectivite() == null) {
            return creationPage(model, form, validation.errors());
        }
        long id = collectivites.create(validation.collectivite());
        validation.communes().forEach(c -> collectivites.addMember(id, c.codeInsee(), c.nom()));
        return "redirect:/admin/" + validation.collectivite().slug() + "/identite?enregistre";
    }

    @GetMapping("/admin/{slug}")
    String overview(@PathVariable String slug, @AuthenticationPrincipal StaffPrincipal user, Model model) {
        model.addAttribute("collectivite", managed.require(slug, user));
        return "admin/collectivite";
    }

    /** Who changed what in this collectivité's portal, newest first. */
    @GetMapping("/admin/{slug}/journal")
    String journal(@PathVariable String slug, @AuthenticationPrincipal StaffPrincipal user, Model model) {
        var collectivite = managed.require(slug, user);
        model.addAttribute("collectivite", collectivite);
        model.addAttribute("events", audit.recent(collectivite.id(), 200));
        return "admin/journal";
    }

    /** Showing the portal inside the collectivité's own website: settings and snippets to copy. */
    @GetMapping("/admin/{slug}/integration")
    String integration(
            @PathVariable String slug,
            @AuthenticationPrincipal StaffPrincipal user,
            @RequestParam(required = false) @Nullable String enregistre,
            jakarta.servlet.http.HttpServletRequest request,
            Model model) {
        var collectivite = managed.require(slug, user);
        return integrationPage(
                model,
                request,
                collectivite,
                IntegrationForm.of(integrations.of(collectivite.id())),
                Map.of(),
                enregistre != null);
    }

    @PostMapping("/admin/{slug}/integration")
    String saveIntegration(
            @PathVariable String slug,
            @AuthenticationPrincipal StaffPrincipal user,
            @ModelAttribute IntegrationForm form,
            jakarta.servlet.http.HttpServletRequest request,
            Model model) {
        var collectivite = managed.require(slug, user);
        var result = form.validate();
        if (result.integration() == null) {
            return integrationPage(model, request, collectivite, form, result.errors(), false);
        }
        integrations.save(collectivite.id(), result.integration());
        audit.record(
                collectivite.id(),
                user.id(),
                "INTEGRATION_MODIFIEE",
                "collectivite",
                slug,
                String.join(" ", result.integration().origines()));
        return "redirect:/admin/" + slug + "/integration?enregistre";
    }

    private String integrationPage(
            Model model,
            jakarta.servlet.http.HttpServletRequest request,
            Collectivite collectivite,
            IntegrationForm form,
            Map<String, String> errors,
            boolean saved) {
        String portal = org.springframework.web.servlet.support.ServletUriComponentsBuilder.fromContextPath(request)
                .replacePath(request.getContextPath())
                .replaceQuery(null)
                .build()
                .toUriString();
        model.addAttribute("collectivite", collectivite);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("saved", saved);
        model.addAttribute("portail", portal);
        model.addAttribute("zones", java.util.List.of(Zone.values()));
        return "admin/integration";
    }

    @GetMapping("/admin/{slug}/identite")
    String identity(
            @PathVariable String slug,
            @AuthenticationPrincipal StaffPrincipal user,
            @RequestParam(required = false) @Nullable String enregistre,
            Model model) {
        var collectivite = managed.require(slug, user);
        return identityPage(
                model,
                collectivite,
                IdentityForm.of(
                        collectivite, collectivites.hosts(collectivite.id()), collectivites.members(collectivite.id())),
                Map.of(),
                enregistre != null);
    }

    @PostMapping("/admin/{slug}/identite")
    String saveIdentity(
            @PathVariable String slug,
            @AuthenticationPrincipal StaffPrincipal user,
            @ModelAttribute IdentityForm form,
            Model model) {
        var collectivite = managed.require(slug, user);
        var validation = form.validate(collectivite, collectivites, platformHosts, user.isPlatformAdmin());
        if (validation.change() == null) {
            return identityPage(model, collectivite, form, validation.errors(), false);
        }
        collectivites.updateIdentity(collectivite.id(), validation.change(), user.isPlatformAdmin());
        audit.record(
                collectivite.id(),
                user.id(),
                "IDENTITE_MODIFIEE",
                "collectivite",
                slug,
                validation.change().nom());
        return "redirect:/admin/" + slug + "/identite?enregistre";
    }

    /** The operator checked that a declared host name is the collectivité's: it serves the portal from now on. */
    @PostMapping("/admin/{slug}/identite/hote/valider")
    String approveHost(
            @PathVariable String slug, @AuthenticationPrincipal StaffPrincipal user, @RequestParam String host) {
        requirePlatform(user);
        var collectivite = managed.require(slug, user);
        if (!platformHosts.isReserved(host) && collectivites.approveHost(collectivite.id(), host)) {
            audit.record(collectivite.id(), user.id(), "HOTE_VALIDE", "collectivite", slug, host);
        }
        return "redirect:/admin/" + slug + "/identite?enregistre";
    }

    @GetMapping("/admin/{slug}/apparence")
    String branding(
            @PathVariable String slug,
            @AuthenticationPrincipal StaffPrincipal user,
            @RequestParam(required = false) @Nullable String enregistre,
            Model model) {
        var collectivite = managed.require(slug, user);
        return brandingPage(
                model,
                collectivite,
                new ColoursForm(collectivite.couleurPrimaire(), collectivite.couleurSecondaire()),
                Map.of(),
                null,
                enregistre != null);
    }

    @PostMapping("/admin/{slug}/apparence")
    String saveColours(
            @PathVariable String slug,
            @AuthenticationPrincipal StaffPrincipal user,
            @ModelAttribute ColoursForm form,
            Model model) {
        var collectivite = managed.require(slug, user);
        var errors = form.errors();
        if (!errors.isEmpty()) {
            return brandingPage(model, collectivite, form, errors, null, false);
        }
        collectivites.updateColours(collectivite.id(), form.primaire(), form.secondaire());
        audit.record(
                collectivite.id(),
                user.id(),
                "COULEURS_MODIFIEES",
                "collectivite",
                slug,
                form.primaire() + " / " + form.secondaire());
        return "redirect:/admin/" + slug + "/apparence?enregistre";
    }

    @PostMapping("/admin/{slug}/apparence/logo")
    String saveLogo(
            @PathVariable String slug,
            @AuthenticationPrincipal StaffPrincipal user,
            @RequestParam(name = "logo", required = false) @Nullable MultipartFile file,
            Model model)
            throws IOException {
        var collectivite = managed.require(slug, user);
        byte[] bytes = file == null ? new byte[0] : file.getBytes();
        return switch (LogoCheck.check(bytes)) {
            case ImageCheck.Accepted accepted -> {
                collectivites.updateLogo(collectivite.id(), accepted.bytes(), accepted.contentType());
                audit.record(collectivite.id(), user.id(), "LOGO_MODIFIE", "collectivite", slug, null);
                yield "redirect:/admin/" + slug + "/apparence?enregistre";
            }
            case ImageCheck.Refused refused ->
                brandingPage(
                        model,
                        collectivite,
                        new ColoursForm(collectivite.couleurPrimaire(), collectivite.couleurSecondaire()),
                        Map.of(),
                        refused.message(),
                        false);
        };
    }

    @PostMapping("/admin/{slug}/apparence/logo/supprimer")
    String deleteLogo(@PathVariable String slug, @AuthenticationPrincipal StaffPrincipal user) {
        var collectivite = managed.require(slug, user);
        collectivites.updateLogo(collectivite.id(), null, null);
        return "redirect:/admin/" + slug + "/apparence?enregistre";
    }

    private String creationPage(Model model, NewCollectiviteForm form, Map<String, String> errors) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("parents", collectivites.all());
        return "admin/nouvelle";
    }

    /** Creating collectivités is the operator's job; anyone else finds no such page. */
    private static void requirePlatform(StaffPrincipal user) {
        if (!user.isPlatformAdmin()) {
            throw new NotFoundException("Page introuvable");
        }
    }

    private String identityPage(
            Model model, Collectivite collectivite, IdentityForm form, Map<String, String> errors, boolean saved) {
        model.addAttribute("collectivite", collectivite);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("saved", saved);
        model.addAttribute("declaredHosts", collectivites.declaredHosts(collectivite.id()));
        model.addAttribute("members", collectivites.members(collectivite.id()));
        return "admin/identite";
    }

    private String brandingPage(
            Model model,
            Collectivite collectivite,
            ColoursForm form,
            Map<String, String> errors,
            @Nullable String logoError,
            boolean saved) {
        model.addAttribute("collectivite", collectivite);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("logoError", logoError);
        model.addAttribute("saved", saved);
        return "admin/apparence";
    }
}
