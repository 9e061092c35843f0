package fr.monenfantalecole.portail.family;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.security.oauth2.client.oidc.authentication.OidcIdTokenDecoderFactory;
import org.springframework.security.oauth2.client.oidc.authentication.OidcIdTokenValidator;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoderFactory;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.web.client.RestTemplate;

/**
 * What the provider signs, checked with the keys of its {@code jwks_uri}: its ID tokens (as Spring's
 * {@link OidcIdTokenDecoderFactory} checks them) and its signed UserInfo answers. Both accept RS256
 * and ES256, FranceConnect v2's two algorithms, which are asymmetric: a token made with the client
 * secret (HS256) is refused. Spring's factory takes a single algorithm per provider, RS256 unless
 * told otherwise, so a service registered at FranceConnect with ES256, the one it recommends, could
 * not sign in. Decoders are kept: each keeps the keys it fetched and fetches them again for an
 * unknown key id, which is how a provider rotates its keys.
 */
final class FamilyOidcKeys implements JwtDecoderFactory<ClientRegistration> {

    private final RestTemplate http = new RestTemplate(timeouts());
    private final Map<String, JwtDecoder> decoders = new ConcurrentHashMap<>();

    /** A provider that hangs must not hold a request thread: the parent gets the refusal page instead. */
    static SimpleClientHttpRequestFactory timeouts() {
        var requests = new SimpleClientHttpRequestFactory();
        requests.setConnectTimeout(Duration.ofSeconds(5));
        requests.setReadTimeout(Duration.ofSeconds(10));
        return requests;
    }

    /** The ID token's decoder: signature, then issuer, audience, authorized party and times (nonce is Spring's). */
    @Override
    public JwtDecoder createDecoder(ClientRegistration registration) {
        return decoders.computeIfAbsent("id_token " + registration.getRegistrationId(), key -> {
            var decoder = decoder(
                    registration,
                    new DelegatingOAuth2TokenValidator<>(
                            new JwtTimestampValidator(), new OidcIdTokenValidator(registration)));
            decoder.setClaimSetConverter(OidcIdTokenDecoderFactory.createDefaultClaimTypeConverter());
            return decoder;
        });
    }

    /** The signed UserInfo's decoder: signature, issuer, audience (our client id) and expiry. */
    JwtDecoder userInfo(ClientRegistration registration) {
        String clientId = registration.getClientId();
        return decoders.computeIfAbsent(
                "userinfo " + registration.getRegistrationId(),
                key -> decoder(
                        registration,
                        new DelegatingOAuth2TokenValidator<>(
                                new JwtTimestampValidator(),
                                new JwtIssuerValidator(
                                        registration.getProviderDetails().getIssuerUri()),
                                new JwtClaimValidator<List<String>>(
                                        JwtClaimNames.AUD,
                                        audience -> audience != null && audience.contains(clientId)))));
    }

    private NimbusJwtDecoder decoder(ClientRegistration registration, OAuth2TokenValidator<Jwt> validator) {
        String keySet = registration.getProviderDetails().getJwkSetUri();
        if (keySet == null || keySet.isBlank()) {
            var error = new OAuth2Error(
                    "missing_signature_verifier", "Le fournisseur ne publie pas de clés de signature (jwks_uri)", null);
            throw new OAuth2AuthenticationException(error, error.getDescription());
        }
        var decoder = NimbusJwtDecoder.withJwkSetUri(keySet)
                .jwsAlgorithm(SignatureAlgorithm.RS256)
                .jwsAlgorithm(SignatureAlgorithm.ES256)
                .validateType(false) // neither an ID token nor a UserInfo answer must carry "typ"
                .restOperations(http)
                .build();
        decoder.setJwtValidator(validator);
        return decoder;
    }
}
