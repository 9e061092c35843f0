package fr.monenfantalecole.portail.family;

import fr.monenfantalecole.portail.shared.web.NoForeignId;
import fr.monenfantalecole.portail.tenant.Collectivite;
import fr.monenfantalecole.portail.tenant.Site;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Signing in to the family account with an e-mail and a password, and signing out. The same message
 * for an unknown address and a wrong password; an address not yet confirmed is told so, with the way
 * to get a new link.
 */
@Controller
class SignInController {

    private final FamilySignIn signIn;
    private final FamilyOidc oidc;
    private final FamilyOidcProvider provider;

    SignInController(FamilySignIn signIn, FamilyOidc oidc, FamilyOidcProvider provider) {
        this.signIn = signIn;
        this.oidc = oidc;
        this.provider = provider;
    }

    @NoForeignId("connexion famille")
    @GetMapping("/{slug}/compte/connexion")
    String form(
            Site site,
            CsrfToken csrf,
            @RequestParam(required = false) @Nullable String deconnecte,
            @RequestParam(required = false) @Nullable String nouveauMotDePasse,
            @RequestParam(required = false) @Nullable String oidc,
            Model model) {
        if (oidc != null) {
            return page(site, csrf, model, "", oidcProblem(oidc), null);
        }
        String notice = deconnecte != null
                ? "Vous êtes déconnecté de votre compte famille."
                : nouveauMotDePasse != null ? "Votre mot de passe est changé : connectez-vous avec le nouveau." : null;
        return page(site, csrf, model, "", null, notice);
    }

    @NoForeignId("connexion famille")
    @PostMapping("/{slug}/compte/connexion")
    String signIn(
            Collectivite collectivite,
            Site site,
            CsrfToken csrf,
            @RequestParam(defaultValue = "") String email,
            @RequestParam(defaultValue = "") String motDePasse,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        var outcome = signIn.withPassword(email, motDePasse, collectivite.id(), request, response);
        return switch (outcome) {
            case FamilySignIn.SignedIn ignored -> "redirect:" + site.link("/mon-espace");
            case FamilySignIn.Refused refused ->
                page(
                        site,
                        csrf,
                        model,
                        email,
                        "Trop d’essais de connexion pour ce compte depuis votre connexion internet. "
                                + "Réessayez dans " + refused.minutes() + " minute" + (refused.minutes() > 1 ? "s" : "")
                                + ", ou choisissez « Mot de passe oublié ».",
                        null);
            case FamilySignIn.NotVerified ignored ->
                page(
                        site,
                        csrf,
                        model,
                        email,
                        "Votre adresse n’est pas encore confirmée : ouvrez le lien reçu par courriel "
                                + "à l’inscription. Vous ne le trouvez plus ? Choisissez « Mot de passe oublié » : le lien "
                                + "reçu confirmera aussi votre adresse.",
                        null);
            case FamilySignIn.WrongCredentials ignored ->
                page(site, csrf, model, email, "Adresse électronique ou mot de passe incorrect.", null);
        };
    }

    /** Signed in through the provider, the adult's session there ends too (RP-initiated logout). */
    @NoForeignId("déconnexion de l'appelant")
    @PostMapping("/{slug}/compte/deconnexion")
    String signOut(Collectivite collectivite, Site site, HttpServletRequest request, HttpServletResponse response) {
        return oidc.signOut(collectivite, request, response)
                .map(endSession -> "redirect:" + endSession)
                .orElse("redirect:" + site.link("/compte/connexion?deconnecte"));
    }

    private String oidcProblem(String problem) {
        String name = provider.properties().label();
        return switch (problem) {
            case "indisponible" ->
                name + " ne répond pas pour le moment. Réessayez plus tard, ou connectez-vous "
                        + "avec votre adresse électronique et votre mot de passe.";
            case "sans-adresse" ->
                name + " ne nous a pas transmis d’adresse électronique : elle est nécessaire "
                        + "pour créer votre compte. Créez-le avec votre adresse et un mot de passe.";
            case "adresse-non-verifiee" ->
                name + " indique que votre adresse électronique n’a pas été vérifiée : nous ne pouvons "
                        + "pas l’utiliser pour créer ou relier un compte. Créez votre compte avec votre adresse "
                        + "et un mot de passe, ou vérifiez-la auprès de " + name + ".";
            case "identite-invalide" ->
                "Les informations transmises par " + name + " n’ont pas pu être vérifiées : par sécurité, "
                        + "nous ne les avons pas utilisées. Réessayez, ou connectez-vous avec votre adresse "
                        + "électronique et votre mot de passe.";
            default ->
                "La connexion avec " + name + " n’a pas abouti. Réessayez, ou connectez-vous avec votre "
                        + "adresse électronique et votre mot de passe.";
        };
    }

    private String page(
            Site site, CsrfToken csrf, Model model, String email, @Nullable String error, @Nullable String notice) {
        model.addAttribute("site", site);
        model.addAttribute("csrf", csrf);
        model.addAttribute("email", email);
        model.addAttribute("error", error);
        model.addAttribute("notice", notice);
        model.addAttribute(
                "fournisseur",
                provider.properties().enabled() ? provider.properties().label() : null);
        return "family/login";
    }
}
