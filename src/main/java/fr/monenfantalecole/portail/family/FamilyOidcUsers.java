package fr.monenfantalecole.portail.family;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.IdTokenClaimNames;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * The person behind the provider's ID token, completed by its UserInfo answer. FranceConnect v2 and
 * ProConnect answer UserInfo with a JWS ({@code application/jwt}) signed with the keys of their JWKS,
 * which Spring's {@code OidcUserService} cannot read (spring-security#9583, open); other providers
 * answer JSON, read as before. A signed answer is verified before any of its claims is used
 * ({@link FamilyOidcKeys#userInfo}: signature against the provider's {@code jwks_uri}, issuer,
 * audience, expiry). In both forms its {@code sub} must be the ID token's (OpenID Connect Core 5.3.2).
 * Every refusal is an
 * {@link OAuth2AuthenticationException}, which sends the parent back to the sign-in page with a
 * French message ({@link FamilyOidcReturn}), never a 500.
 */
final class FamilyOidcUsers implements OAuth2UserService<OidcUserRequest, OidcUser> {

    /** The error code of a UserInfo answer the portal does not trust. */
    static final String REFUSED = "invalid_user_info_response";

    private static final MediaType JWT = MediaType.parseMediaType("application/jwt");

    private final RestClient http =
            RestClient.builder().requestFactory(FamilyOidcKeys.timeouts()).build();
    private final FamilyOidcKeys keys;

    FamilyOidcUsers(FamilyOidcKeys keys) {
        this.keys = keys;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        var idToken = request.getIdToken();
        String endpoint = request.getClientRegistration()
                .getProviderDetails()
                .getUserInfoEndpoint()
                .getUri();
        if (endpoint == null || endpoint.isBlank()) {
            return new DefaultOidcUser(List.of(new OidcUserAuthority(idToken)), idToken, IdTokenClaimNames.SUB);
        }
        var userInfo = new OidcUserInfo(claims(request, endpoint));
        if (!idToken.getSubject().equals(userInfo.getSubject())) {
            throw refused("la réponse UserInfo concerne une autre personne que le jeton d’identité");
        }
        return new DefaultOidcUser(
                List.of(new OidcUserAuthority(idToken, userInfo)), idToken, userInfo, IdTokenClaimNames.SUB);
    }

    private Map<String, Object> claims(OidcUserRequest request, String endpoint) {
        try {
            return http.get()
                    .uri(endpoint)
                    .headers(headers -> {
                        headers.setBearerAuth(request.getAccessToken().getTokenValue());
                        headers.setAccept(List.of(JWT, MediaType.APPLICATION_JSON));
                    })
                    .exchange((sent, response) -> {
                        if (!response.getStatusCode().is2xxSuccessful()) {
                            throw refused("le fournisseur a répondu "
                                    + response.getStatusCode().value() + " à la demande UserInfo");
                        }
                        var type = response.getHeaders().getContentType();
                        if (type != null && JWT.isCompatibleWith(type)) {
                            return verified(
                                    request.getClientRegistration(),
                                    body(response.getBody().readAllBytes()));
                        }
                        Map<String, Object> json = response.bodyTo(new ParameterizedTypeReference<>() {});
                        if (json == null) {
                            throw refused("la réponse UserInfo est vide");
                        }
                        return json;
                    });
        } catch (RestClientException e) {
            throw refused("la demande UserInfo a échoué : " + e.getMessage());
        }
    }

    private static String body(byte[] bytes) throws IOException {
        return new String(bytes, StandardCharsets.US_ASCII).strip();
    }

    private Map<String, Object> verified(ClientRegistration registration, String token) {
        try {
            return keys.userInfo(registration).decode(token).getClaims();
        } catch (JwtException e) {
            throw refused("la réponse UserInfo signée n’est pas valide : " + e.getMessage());
        }
    }

    private static OAuth2AuthenticationException refused(String reason) {
        var error = new OAuth2Error(REFUSED, "Identité du fournisseur refusée : " + reason, null);
        return new OAuth2AuthenticationException(error, error.getDescription());
    }
}
