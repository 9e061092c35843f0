package fr.monenfantalecole.portail.family;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.jwt.JwtException;

/**
 * The UserInfo answer read by {@link FamilyOidcUsers}, and the ID token checked by {@link FamilyOidcKeys},
 * with a real HTTP server standing for the provider: its JWKS holds an ES256 key made for the test
 * (FranceConnect's recommended algorithm; the shared test provider signs RS256), and its UserInfo
 * answers what each test sets.
 */
class FamilyOidcUsersTest {

    private static final String ISSUER = "https://fournisseur.test/api/v2";
    private static final String CLIENT_ID = "portail-test";
    private static final String SECRET = "un-secret-partage-de-trente-deux-octets-au-moins";

    private final AtomicReference<String> contentType = new AtomicReference<>("application/jwt");
    private final AtomicReference<String> answer = new AtomicReference<>("");
    private ECKey providerKey;
    private HttpServer provider;

    @BeforeEach
    void start() throws Exception {
        providerKey = new ECKeyGenerator(Curve.P_256).keyID("cle-fournisseur").generate();
        provider = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        String jwks = new JWKSet(providerKey.toPublicJWK()).toString();
        provider.createContext("/jwks", exchange -> {
            byte[] body = jwks.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        provider.createContext("/userinfo", exchange -> {
            boolean bearer =
                    ("Bearer jeton-d-acces").equals(exchange.getRequestHeaders().getFirst("Authorization"));
            byte[] body = answer.get().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", contentType.get());
            exchange.sendResponseHeaders(bearer ? 200 : 401, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        provider.start();
    }

    @AfterEach
    void stop() {
        provider.stop(0);
    }

    @Test
    void anEs256UserInfoSignedByTheProviderIsRead() throws Exception {
        answer.set(byTheProvider(claims("fc-1")));
        var user = new FamilyOidcUsers(new FamilyOidcKeys()).loadUser(request("fc-1"));
        assertThat(user.getEmail()).isEqualTo("lina@famille.test");
        assertThat(user.getGivenName()).isEqualTo("Lina");
        assertThat(user.getSubject()).isEqualTo("fc-1");
    }

    @Test
    void aJsonUserInfoIsRead() {
        contentType.set("application/json");
        answer.set("{\"sub\":\"fc-1\",\"email\":\"lina@famille.test\",\"email_verified\":false}");
        var user = new FamilyOidcUsers(new FamilyOidcKeys()).loadUser(request("fc-1"));
        assertThat(user.getEmail()).isEqualTo("lina@famille.test");
        assertThat(user.getEmailVerified()).isFalse();
    }

    @Test
    void aKeyTheProviderNeverPublishedIsRefused() throws Exception {
        var other =
                new ECKeyGenerator(Curve.P_256).keyID(providerKey.getKeyID()).generate();
        answer.set(signed(new ECDSASigner(other), JWSAlgorithm.ES256, providerKey.getKeyID(), claims("fc-1")));
        assertRefused(request("fc-1"), "signée n’est pas valide");
    }

    @Test
    void aTokenMacedWithTheClientSecretIsRefused() throws Exception {
        answer.set(signed(new MACSigner(SECRET), JWSAlgorithm.HS256, providerKey.getKeyID(), claims("fc-1")));
        assertRefused(request("fc-1"), "signée n’est pas valide");
    }

    @Test
    void aUserInfoMadeForAnotherServiceIsRefused() throws Exception {
        var claims = new JWTClaimsSet.Builder(claims("fc-1"))
                .audience("un-autre-service")
                .build();
        answer.set(byTheProvider(claims));
        assertRefused(request("fc-1"), "signée n’est pas valide");
    }

    @Test
    void aUserInfoAboutAnotherPersonIsRefused() throws Exception {
        answer.set(byTheProvider(claims("fc-2")));
        assertRefused(request("fc-1"), "concerne une autre personne");
    }

    @Test
    void aProviderErrorIsARefusalNotAFailure() {
        contentType.set("application/json");
        answer.set("{\"error\":\"invalid_token\"}");
        provider.removeContext("/userinfo");
        assertRefused(request("fc-1"), "a répondu 404");
    }

    private static void assertRefused(OidcUserRequest request, String reason) {
        assertThatThrownBy(() -> new FamilyOidcUsers(new FamilyOidcKeys()).loadUser(request))
                .isInstanceOf(OAuth2AuthenticationException.class)
                .satisfies(e -> assertThat(
                                ((OAuth2AuthenticationException) e).getError().getErrorCode())
                        .isEqualTo(FamilyOidcUsers.REFUSED))
                .hasMessageStartingWith("Identité du fournisseur refusée")
                .hasMessageContaining(reason);
    }

    /** Signed as the provider signs: its ES256 key, under its key id. */
    private String byTheProvider(JWTClaimsSet claims) throws JOSEException {
        return signed(new ECDSASigner(providerKey), JWSAlgorithm.ES256, providerKey.getKeyID(), claims);
    }

    private static JWTClaimsSet claims(String subject) {
        return new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .audience(CLIENT_ID)
                .subject(subject)
                .issueTime(new Date())
                .expirationTime(Date.from(Instant.now().plusSeconds(60)))
                .claim("given_name", "Lina")
                .claim("family_name", "Signee")
                .claim("email", "lina@famille.test")
                .build();
    }

    private static String signed(JWSSigner signer, JWSAlgorithm algorithm, String kid, JWTClaimsSet claims)
            throws JOSEException {
        var jwt = new SignedJWT(new JWSHeader.Builder(algorithm).keyID(kid).build(), claims);
        jwt.sign(signer);
        return jwt.serialize();
    }

    @Test
    void anEs256IdTokenIsAcceptedAndOneMacedWithTheClientSecretIsNot() throws Exception {
        var decoder = new FamilyOidcKeys().createDecoder(registration());
        var idToken =
                new JWTClaimsSet.Builder(claims("fc-1")).claim("nonce", "n").build();
        String kid = providerKey.getKeyID();
        assertThat(decoder.decode(signed(new ECDSASigner(providerKey), JWSAlgorithm.ES256, kid, idToken))
                        .getSubject())
                .isEqualTo("fc-1");
        String maced = signed(new MACSigner(SECRET), JWSAlgorithm.HS256, kid, idToken);
        assertThatThrownBy(() -> decoder.decode(maced)).isInstanceOf(JwtException.class);
    }

    private OidcUserRequest request(String subject) {
        var now = Instant.now();
        var idToken = new OidcIdToken(
                "jeton-d-identite",
                now,
                now.plusSeconds(60),
                Map.of("iss", ISSUER, "sub", subject, "aud", List.of(CLIENT_ID)));
        var accessToken =
                new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER, "jeton-d-acces", now, now.plusSeconds(60));
        return new OidcUserRequest(registration(), accessToken, idToken);
    }

    private ClientRegistration registration() {
        String base = "http://127.0.0.1:" + provider.getAddress().getPort();
        return ClientRegistration.withRegistrationId("famille")
                .clientId(CLIENT_ID)
                .clientSecret(SECRET)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("{baseUrl}/plateforme/famille/oidc/retour")
                .scope("openid", "email")
                .authorizationUri(base + "/authorize")
                .tokenUri(base + "/token")
                .userInfoUri(base + "/userinfo")
                .jwkSetUri(base + "/jwks")
                .issuerUri(ISSUER)
                .userNameAttributeName("sub")
                .build();
    }
}
