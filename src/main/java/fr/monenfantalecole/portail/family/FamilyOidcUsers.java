package fr.monenfantalecole.portail.family;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.IdTokenClaimNames;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestTemplate;

/**
 * The person behind the provider's ID token, completed by its UserInfo answer. FranceConnect v2 and
 * ProConnect answer UserInfo with a JWS ({@code application/jwt}) signed with the keys of their JWKS,
 * which Spring's {@code OidcUserService} cannot read (spring-security#9583, open); other providers
 * answer JSON, read as before. A signed answer is verified before any of its claims is used: signature
 * against the provider's {@code jwks_uri} (RS256 or ES256, FranceConnect's two algorithms), issuer,
 * audience (our client id, so that a UserInfo made for another service is refused) and expiry. In both
 * forms its {@code sub} must be the ID token's (OpenID Connect Core 5.3.2). Every refusal is an
 * {@link OAuth2AuthenticationException}, which sends the parent back to the sign-in page with a
 * French message ({@link FamilyOidcReturn}), never a 500.
 */
final class FamilyOidcUsers implements OAuth2UserService<OidcUserRequest, OidcUser> {

    /** The error code of a UserInfo answer the portal does not trust. */
    static final String REFUSED = "invalid_user_info_response";

    private static final MediaType JWT = MediaType.parseMediaType("application/jwt");

    private final RestClient http;
    private final RestTemplate keys;

    /** One decoder per key set, which keeps the keys it fetched and fetches again for an unknown key id. */
    private final Map<String, JwtDecoder> decoders = new ConcurrentHashMap<>();

    FamilyOidcUsers() {
        // A provider that hangs must not hold a request thread: the parent gets the refusal page instead.
        var requests = new SimpleClientHttpRequestFactory();
        requests.setConnectTimeout(Duration.ofSeconds(5));
        requests.setReadTimeout(Duration.ofSeconds(10));
        this.http = RestClient.builder().requestFactory(requests).build();
        this.keys = new RestTemplate(requests);
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
        String keySet = registration.getProviderDetails().getJwkSetUri();
        if (keySet == null || keySet.isBlank()) {
            throw refused("la réponse UserInfo est signée mais le fournisseur ne publie pas de clés (jwks_uri)");
        }
        try {
            return decoders.computeIfAbsent(keySet, uri -> decoder(registration, uri))
                    .decode(token)
                    .getClaims();
        } catch (JwtException e) {
            throw refused("la réponse UserInfo signée n’est pas valide : " + e.getMessage());
        }
    }

    private JwtDecoder decoder(ClientRegistration registration, String keySet) {
        var decoder = NimbusJwtDecoder.withJwkSetUri(keySet)
                .jwsAlgorithm(SignatureAlgorithm.RS256)
                .jwsAlgorithm(SignatureAlgorithm.ES256)
                .validateType(false) // OpenID Connect asks for no "typ" on UserInfo
                .restOperations(keys)
                .build();
        String clientId = registration.getClientId();
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
                new JwtTimestampValidator(),
                new JwtIssuerValidator(registration.getProviderDetails().getIssuerUri()),
                new JwtClaimValidator<List<String>>(
                        JwtClaimNames.AUD, audience -> audience != null && audience.contains(clientId))));
        return decoder;
    }

    private static OAuth2AuthenticationException refused(String reason) {
        var error = new OAuth2Error(REFUSED, "Identité du fournisseur refusée : " + reason, null);
        return new OAuth2AuthenticationException(error, error.getDescription());
    }
}
