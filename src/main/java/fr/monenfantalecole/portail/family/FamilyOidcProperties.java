package fr.monenfantalecole.portail.family;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The OpenID Connect provider families may sign in with. Without an issuer, the feature is off and no
 * button is shown. FranceConnect is the default profile: it asks for the eIDAS "low" level
 * ({@code acr_values=eidas1}) and its scopes are the claims' names; any standard provider works with
 * the {@code oidc} profile and the usual scopes.
 *
 * @param emetteur the issuer URL, whose {@code /.well-known/openid-configuration} gives the endpoints
 * @param nom the provider's name on the button (the {@code oidc} profile only)
 */
@ConfigurationProperties("portail.famille.oidc")
record FamilyOidcProperties(
        @DefaultValue("franceconnect") String profil,
        @Nullable String emetteur,
        @Nullable String clientId,
        @Nullable String secret,
        @DefaultValue("votre fournisseur d'identité") String nom,
        @Nullable List<String> portees) {

    static final String FRANCECONNECT = "franceconnect";

    public boolean enabled() {
        return emetteur != null && !emetteur.isBlank() && clientId != null && !clientId.isBlank();
    }

    boolean franceConnect() {
        return FRANCECONNECT.equalsIgnoreCase(profil);
    }

    /** What the button says: "Se connecter avec …". */
    public String label() {
        return franceConnect() ? "FranceConnect" : nom;
    }

    List<String> scopes() {
        if (portees != null && !portees.isEmpty()) {
            return portees;
        }
        return franceConnect()
                ? List.of("openid", "given_name", "family_name", "email")
                : List.of("openid", "profile", "email");
    }
}
