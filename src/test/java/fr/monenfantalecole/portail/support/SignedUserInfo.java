package fr.monenfantalecole.portail.support;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import no.nav.security.mock.oauth2.http.OAuth2HttpRequest;
import no.nav.security.mock.oauth2.http.OAuth2HttpResponse;
import no.nav.security.mock.oauth2.http.Route;
import no.nav.security.mock.oauth2.token.OAuth2TokenProvider;
import okhttp3.Headers;
import okhttp3.HttpUrl;

/**
 * The provider's UserInfo endpoint as FranceConnect v2 has it: the bearer token is checked, then the
 * person's claims come back as a JWT signed with the issuer's key ({@code application/jwt}), carrying
 * {@code iss} and {@code aud} as OpenID Connect Core 5.3.2 asks. Matched before mock-oauth2-server's
 * own routes, whose UserInfo answers JSON.
 */
final class SignedUserInfo implements Route {

    /** The answer each subject gets; {@link OidcServer.UserInfo#SIGNED} when not listed. */
    static final Map<String, OidcServer.UserInfo> ANSWERS = new ConcurrentHashMap<>();

    private final OAuth2TokenProvider tokens;

    SignedUserInfo(OAuth2TokenProvider tokens) {
        this.tokens = tokens;
    }

    @Override
    public boolean match(OAuth2HttpRequest request) {
        return "GET".equals(request.getMethod())
                && request.getUrl().encodedPath().endsWith("/userinfo");
    }

    @Override
    public OAuth2HttpResponse invoke(OAuth2HttpRequest request) {
        String issuerId = request.getUrl().pathSegments().getFirst();
        HttpUrl issuer =
                request.getUrl().newBuilder().encodedPath("/" + issuerId).build();
        String authorization = request.getHeaders().get("Authorization");
        JWTClaimsSet token;
        try {
            token = tokens.verify(issuer, authorization == null ? "" : authorization.replaceFirst("^Bearer ", ""));
        } catch (RuntimeException e) {
            return new OAuth2HttpResponse(
                    Headers.of("Content-Type", "application/json"), 401, "{\"error\":\"invalid_token\"}", null);
        }
        var claims = new HashMap<>(token.getClaims());
        claims.keySet().removeAll(List.of("exp", "iat", "nbf", "jti"));
        return switch (ANSWERS.getOrDefault(token.getSubject(), OidcServer.UserInfo.SIGNED)) {
            case SIGNED ->
                jwt(tokens.jwt(claims, Duration.ofMinutes(5), issuerId).serialize());
            case JSON ->
                new OAuth2HttpResponse(Headers.of("Content-Type", "application/json"), 200, json(claims), null);
            case SIGNED_WITH_ANOTHER_KEY -> jwt(forged(claims, issuerId));
            case ABOUT_SOMEONE_ELSE -> {
                claims.put("sub", "quelqu-un-d-autre");
                yield jwt(tokens.jwt(claims, Duration.ofMinutes(5), issuerId).serialize());
            }
        };
    }

    /** The same claims, under the provider's key id, signed with a key the provider never published. */
    private String forged(Map<String, Object> claims, String issuerId) {
        String kid = tokens.publicJwkSet(issuerId).getKeys().getFirst().getKeyID();
        try {
            var otherKey = new RSAKeyGenerator(2048).keyID(kid).generate();
            var builder = new JWTClaimsSet.Builder();
            claims.forEach(builder::claim);
            var jwt = new SignedJWT(
                    new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(kid).build(), builder.build());
            jwt.sign(new RSASSASigner(otherKey));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String json(Map<String, Object> claims) {
        var builder = new JWTClaimsSet.Builder();
        claims.forEach(builder::claim);
        return builder.build().toString();
    }

    private static OAuth2HttpResponse jwt(String token) {
        return new OAuth2HttpResponse(Headers.of("Content-Type", "application/jwt"), 200, token, null);
    }
}
