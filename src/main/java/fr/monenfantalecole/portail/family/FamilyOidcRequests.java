package fr.monenfantalecole.portail.family;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;

/**
 * The authorization requests sent to the provider: Spring's (state, and a nonce since the scope is
 * {@code openid}), with PKCE even though the portal is a confidential client, and the eIDAS level
 * FranceConnect asks for. A request is only made for a flow started on a portal (the collectivité is
 * in the session), so that the return knows where it belongs.
 */
final class FamilyOidcRequests implements OAuth2AuthorizationRequestResolver {

    private final DefaultOAuth2AuthorizationRequestResolver delegate;
    private final FamilyOidcProvider provider;

    FamilyOidcRequests(FamilyOidcProvider provider) {
        this.provider = provider;
        this.delegate = new DefaultOAuth2AuthorizationRequestResolver(provider, FamilyOidcProvider.AUTHORIZATION_BASE);
        var pkce = OAuth2AuthorizationRequestCustomizers.withPkce();
        delegate.setAuthorizationRequestCustomizer(
                provider.properties().franceConnect()
                        ? pkce.andThen(request -> request.additionalParameters(p -> p.put("acr_values", "eidas1")))
                        : pkce);
    }

    @Override
    public @Nullable OAuth2AuthorizationRequest resolve(HttpServletRequest request) {
        return started(request) ? delegate.resolve(request) : null;
    }

    @Override
    public @Nullable OAuth2AuthorizationRequest resolve(HttpServletRequest request, String clientRegistrationId) {
        return started(request) ? delegate.resolve(request, clientRegistrationId) : null;
    }

    private boolean started(HttpServletRequest request) {
        return FamilyOidc.startedOn(request).isPresent()
                && provider.registration().isPresent();
    }
}
