package fr.monenfantalecole.portail.family;

import java.net.URI;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The families' OpenID Connect provider, read from its discovery document the first time a parent
 * uses it rather than at startup: a provider that is down must not stop the portal, only its button.
 * A failed discovery is tried again at the next use.
 */
@Component
class FamilyOidcProvider implements ClientRegistrationRepository {

    static final String REGISTRATION = "famille";

    /** Outside any portal's slug: one address to register with the provider for every portal. */
    public static final String CALLBACK = "/plateforme/famille/oidc/retour";

    static final String AUTHORIZATION_BASE = "/plateforme/famille/oidc/autorisation";

    public static final String AFTER_LOGOUT = "/plateforme/famille/oidc/deconnecte";

    private static final Logger log = LoggerFactory.getLogger(FamilyOidcProvider.class);

    private final FamilyOidcProperties properties;
    private volatile @Nullable ClientRegistration registration;

    FamilyOidcProvider(FamilyOidcProperties properties) {
        this.properties = properties;
    }

    public FamilyOidcProperties properties() {
        return properties;
    }

    /** Where the portal sends the browser to start: the flow needs the provider to be reachable. */
    public Optional<String> start() {
        return registration().map(r -> AUTHORIZATION_BASE + "/" + REGISTRATION);
    }

    @Override
    public @Nullable ClientRegistration findByRegistrationId(String registrationId) {
        return REGISTRATION.equals(registrationId) ? registration().orElse(null) : null;
    }

    synchronized Optional<ClientRegistration> registration() {
        var known = registration;
        if (known != null || !properties.enabled()) {
            return Optional.ofNullable(known);
        }
        try {
            known = ClientRegistrations.fromIssuerLocation(properties.emetteur())
                    .registrationId(REGISTRATION)
                    .clientId(properties.clientId())
                    .clientSecret(properties.secret() == null ? "" : properties.secret())
                    .scope(properties.scopes())
                    .redirectUri("{baseUrl}" + CALLBACK)
                    .userNameAttributeName("sub")
                    .build();
            registration = known;
            return Optional.of(known);
        } catch (RuntimeException e) {
            log.warn(
                    "Fournisseur OpenID Connect des familles injoignable ({}) : {}",
                    properties.emetteur(),
                    e.toString());
            return Optional.empty();
        }
    }

    /**
     * The provider's end-session address for this ID token (RP-initiated logout), coming back to
     * {@code afterLogout}; empty when the provider has none.
     */
    public Optional<URI> endSession(String idToken, String afterLogout, String state) {
        return registration()
                .map(r -> r.getProviderDetails().getConfigurationMetadata().get("end_session_endpoint"))
                .map(Object::toString)
                .map(endpoint -> UriComponentsBuilder.fromUriString(endpoint)
                        .queryParam("id_token_hint", idToken)
                        .queryParam("post_logout_redirect_uri", afterLogout)
                        .queryParam("state", state)
                        .encode()
                        .build()
                        .toUri());
    }

    /**
     * The provider's origin, which the family pages' forms may lead to (logout ends there). Read on every
     * page, so it never triggers a discovery: a parent signed in with the provider has triggered it.
     */
    public Optional<String> origin() {
        return Optional.ofNullable(registration)
                .map(r -> r.getProviderDetails().getConfigurationMetadata().get("end_session_endpoint"))
                .map(endpoint -> URI.create(endpoint.toString()))
                .map(uri -> uri.getScheme() + "://" + uri.getRawAuthority());
    }
}
