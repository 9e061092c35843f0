package fr.monenfantalecole.portail.family;

import fr.monenfantalecole.portail.shared.NotFoundException;
import fr.monenfantalecole.portail.shared.web.NoForeignId;
import fr.monenfantalecole.portail.tenant.Collectivite;
import fr.monenfantalecole.portail.tenant.Site;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Signing in with FranceConnect (or the configured OpenID Connect provider): the start on a portal,
 * then, for an identity not linked yet, the consent before an account is created from it, or the
 * password of the account that already has its address before the two are linked.
 */
@Controller
class OidcController {

    private final FamilyOidc oidc;
    private final FamilyOidcProvider provider;

    OidcController(FamilyOidc oidc, FamilyOidcProvider provider) {
        this.oidc = oidc;
        this.provider = provider;
    }

    @NoForeignId("début de la connexion par le fournisseur d'identité")
    @GetMapping("/{slug}/compte/franceconnect")
    String start(Collectivite collectivite, Site site, HttpSession session) {
        if (!provider.properties().enabled()) {
            throw new NotFoundException("Pas de fournisseur d’identité configuré");
        }
        var start = provider.start();
        if (start.isEmpty()) {
            return "redirect:" + site.link("/compte/connexion?oidc=indisponible");
        }
        oidc.start(session, collectivite);
        return "redirect:" + start.get();
    }

    @NoForeignId("identité en attente dans la session de l'appelant")
    @GetMapping("/{slug}/compte/franceconnect/inscription")
    String consentPage(Collectivite collectivite, Site site, CsrfToken csrf, HttpSession session, Model model) {
        return withPending(collectivite, site, session, identity -> consent(site, csrf, model, identity, Map.of()));
    }

    @NoForeignId("identité en attente dans la session de l'appelant")
    @PostMapping("/{slug}/compte/franceconnect/inscription")
    String create(
            Collectivite collectivite,
            Site site,
            CsrfToken csrf,
            @RequestParam(required = false) @Nullable String consentement,
            HttpServletRequest request,
            HttpServletResponse response,
            HttpSession session,
            Model model) {
        return withPending(collectivite, site, session, identity -> {
            if (!"true".equals(consentement)) {
                return consent(
                        site,
                        csrf,
                        model,
                        identity,
                        Map.of(
                                "consentement",
                                "Cochez la case pour accepter l’usage de vos données décrit ci-dessus."));
            }
            var created = oidc.create(identity, Consent.VERSION, collectivite, request, response);
            return created.isPresent()
                    ? "redirect:" + site.link("/mon-espace?bienvenue")
                    : "redirect:" + site.link("/compte/franceconnect/liaison");
        });
    }

    @NoForeignId("identité en attente dans la session de l'appelant")
    @GetMapping("/{slug}/compte/franceconnect/liaison")
    String linkPage(Collectivite collectivite, Site site, CsrfToken csrf, HttpSession session, Model model) {
        return withPending(collectivite, site, session, identity -> link(site, csrf, model, identity, null));
    }

    @NoForeignId("identité en attente dans la session de l'appelant")
    @PostMapping("/{slug}/compte/franceconnect/liaison")
    String linkAccount(
            Collectivite collectivite,
            Site site,
            CsrfToken csrf,
            @RequestParam(defaultValue = "") String motDePasse,
            HttpServletRequest request,
            HttpServletResponse response,
            HttpSession session,
            Model model) {
        return withPending(collectivite, site, session, identity -> switch (oidc.link(
                identity, motDePasse, collectivite, request, response)) {
            case FamilySignIn.SignedIn ignored -> "redirect:" + site.link("/mon-espace?relie");
            case FamilySignIn.Refused refused ->
                link(
                        site,
                        csrf,
                        model,
                        identity,
                        "Trop d’essais pour ce compte. Réessayez dans " + refused.minutes() + " minute"
                                + (refused.minutes() > 1 ? "s" : "")
                                + ", ou choisissez « Mot de passe oublié ».");
            case FamilySignIn.NotVerified ignored -> throw new IllegalStateException("lié sans vérification");
            case FamilySignIn.WrongCredentials ignored ->
                link(site, csrf, model, identity, "Ce n’est pas le mot de passe de ce compte.");
        });
    }

    @NoForeignId("retour du fournisseur d'identité, sans identifiant")
    @GetMapping(FamilyOidcProvider.AFTER_LOGOUT)
    String afterLogout(HttpServletRequest request) {
        return "redirect:" + oidc.afterLogout(request);
    }

    /**
     * Every page after the provider's return needs the identity waiting on this portal: without one
     * (expired session, another portal, a bookmark), the parent starts again from the sign-in page.
     */
    private String withPending(
            Collectivite collectivite, Site site, HttpSession session, Function<FamilyOidc.Identity, String> page) {
        return oidc.pending(session, collectivite)
                .map(page)
                .orElseGet(() -> "redirect:" + site.link("/compte/connexion"));
    }

    private String consent(
            Site site, CsrfToken csrf, Model model, FamilyOidc.Identity identity, Map<String, String> errors) {
        model.addAttribute("site", site);
        model.addAttribute("csrf", csrf);
        model.addAttribute("identite", identity);
        model.addAttribute("fournisseur", provider.properties().label());
        model.addAttribute("errors", errors);
        model.addAttribute("consentement", Consent.VERSION);
        return "family/oidc-signup";
    }

    private String link(Site site, CsrfToken csrf, Model model, FamilyOidc.Identity identity, @Nullable String error) {
        model.addAttribute("site", site);
        model.addAttribute("csrf", csrf);
        model.addAttribute("identite", identity);
        model.addAttribute("fournisseur", provider.properties().label());
        model.addAttribute("error", error);
        return "family/oidc-link";
    }
}
