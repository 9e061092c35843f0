package fr.monenfantalecole.portail.family;

import static org.assertj.core.api.Assertions.assertThat;

import fr.monenfantalecole.portail.support.OidcServer;
import fr.monenfantalecole.portail.support.OwnCommune;
import fr.monenfantalecole.portail.support.PortailTest;
import fr.monenfantalecole.portail.support.WebClient;
import fr.monenfantalecole.portail.support.World;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * OpenID Connect against a real provider (mock-oauth2-server as FranceConnect v2): the authorization
 * request the portal sends; a return with the wrong state or an ID token with the wrong nonce refused;
 * the UserInfo answer read whether signed (as FranceConnect v2) or JSON, and refused when its signature
 * is not the provider's or it is about someone else; an address the provider says it has not verified
 * neither makes nor links an account. Every refusal leaves the browser signed out, with a French message.
 * The portal is a commune of the test's own, with its own family account where one is needed.
 */
@PortailTest
class FamilyOidcIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    FamilyFixture families;

    @OwnCommune
    World w;

    String slug;

    @BeforeEach
    void ownCommune() {
        families.removedWith(w);
        slug = w.slug();
    }

    private final HttpClient provider = HttpClient.newHttpClient();

    /** Starts the flow on the commune's portal: the provider's authorization address, as the browser gets it. */
    private URI authorizationRequest(WebClient client) throws Exception {
        var start = client.get("/" + slug + "/compte/franceconnect");
        assertThat(start.statusCode()).isEqualTo(302);
        String toFilter = start.headers().firstValue("Location").orElseThrow();
        assertThat(toFilter).isEqualTo("/plateforme/famille/oidc/autorisation/famille");
        var redirect = client.get(toFilter);
        assertThat(redirect.statusCode()).isEqualTo(302);
        return URI.create(redirect.headers().firstValue("Location").orElseThrow());
    }

    /** What the provider answers to an authorization request: the portal's callback with a code. */
    private URI callback(URI authorization) throws Exception {
        var answer = provider.send(HttpRequest.newBuilder(authorization).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(302);
        return URI.create(answer.headers().firstValue("Location").orElseThrow());
    }

    private static String param(URI uri, String name) {
        return UriComponentsBuilder.fromUri(uri).build().getQueryParams().getFirst(name);
    }

    private static String withParam(URI uri, String name, String value) {
        return UriComponentsBuilder.fromUri(uri)
                .replaceQueryParam(name, value)
                .build()
                .toUriString();
    }

    private static String pathOf(String absolute) {
        var uri = URI.create(absolute);
        return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    @Test
    void theFranceConnectRequestAsksForEidas1WithPkceStateAndNonce() throws Exception {
        var authorization = authorizationRequest(new WebClient(port));
        assertThat(authorization.toString()).startsWith(OidcServer.get().issuerUrl(OidcServer.ISSUER) + "/authorize");
        assertThat(param(authorization, "acr_values")).isEqualTo("eidas1");
        assertThat(param(authorization, "code_challenge")).isNotBlank();
        assertThat(param(authorization, "code_challenge_method")).isEqualTo("S256");
        assertThat(param(authorization, "nonce")).isNotBlank();
        assertThat(param(authorization, "state")).isNotBlank();
        assertThat(param(authorization, "response_type")).isEqualTo("code");
        assertThat(param(authorization, "client_id")).isEqualTo(OidcServer.CLIENT_ID);
        assertThat(param(authorization, "scope")).contains("openid", "given_name", "family_name", "email");
        assertThat(param(authorization, "redirect_uri"))
                .isEqualTo("http://localhost:" + port + "/plateforme/famille/oidc/retour");
    }

    @Test
    void aReturnWithAnotherStateIsRefused() throws Exception {
        long accounts = accounts();
        var client = new WebClient(port);
        var back = callback(authorizationRequest(client));
        var refused = client.get(pathOf(withParam(back, "state", "un-autre-etat")));
        assertThat(refused.statusCode()).isEqualTo(302);
        assertThat(refused.headers().firstValue("Location")).hasValue("/" + slug + "/compte/connexion?oidc=refus");
        assertSignedOut(client, accounts);
        assertThat(client.get("/" + slug + "/compte/connexion?oidc=refus").body())
                .contains("La connexion avec FranceConnect n’a pas abouti");
    }

    @Test
    void anIdTokenWithAnotherNonceIsRefused() throws Exception {
        long accounts = accounts();
        var client = new WebClient(port);
        var authorization = authorizationRequest(client);
        // The provider is asked, with the portal's state and PKCE challenge, for a token of another nonce.
        var back = callback(URI.create(withParam(authorization, "nonce", "une-autre-valeur")));
        assertThat(param(back, "state")).isEqualTo(param(authorization, "state"));
        var refused = client.get(pathOf(back.toString()));
        assertThat(refused.statusCode()).isEqualTo(302);
        assertThat(refused.headers().firstValue("Location")).hasValue("/" + slug + "/compte/connexion?oidc=refus");
        assertSignedOut(client, accounts);
    }

    @Test
    void theSameReturnWithTheRightStateAndNonceOpensTheConsentPage() throws Exception {
        OidcServer.nextIdentity("temoin", "Ines", "Temoin", "temoin.oidc@famille.test");
        var client = new WebClient(port);
        var back = callback(authorizationRequest(client));
        var accepted = client.get(pathOf(back.toString()));
        assertThat(accepted.headers().firstValue("Location"))
                .hasValue("/" + slug + "/compte/franceconnect/inscription");
        assertThat(client.get("/" + slug + "/compte/franceconnect/inscription").body())
                .contains("Ines", "Temoin", "temoin.oidc@famille.test");
    }

    @Test
    void theSignedUserInfoIsAskedForAndRead() throws Exception {
        OidcServer.received();
        OidcServer.nextIdentity("signe", "Jeanne", "Signee", "jeanne.signee@famille.test");
        var client = new WebClient(port);
        var accepted = client.get(pathOf(callback(authorizationRequest(client)).toString()));
        assertThat(accepted.headers().firstValue("Location"))
                .hasValue("/" + slug + "/compte/franceconnect/inscription");
        var userInfo = OidcServer.received().stream()
                .filter(r -> r.getPath() != null && r.getPath().endsWith("/userinfo"))
                .findFirst()
                .orElseThrow();
        assertThat(userInfo.getHeader("Accept")).contains("application/jwt");
        assertThat(client.get("/" + slug + "/compte/franceconnect/inscription").body())
                .contains("Jeanne", "Signee", "jeanne.signee@famille.test");
    }

    @Test
    void aJsonUserInfoIsReadToo() throws Exception {
        OidcServer.nextIdentity(
                "json",
                Map.of(
                        "given_name",
                        "Paul",
                        "family_name",
                        "Json",
                        "email",
                        "paul.json@famille.test",
                        "email_verified",
                        true),
                OidcServer.UserInfo.JSON);
        var client = new WebClient(port);
        var accepted = client.get(pathOf(callback(authorizationRequest(client)).toString()));
        assertThat(accepted.headers().firstValue("Location"))
                .hasValue("/" + slug + "/compte/franceconnect/inscription");
        assertThat(client.get("/" + slug + "/compte/franceconnect/inscription").body())
                .contains("Paul", "Json", "paul.json@famille.test");
    }

    @Test
    void aUserInfoSignedWithAnotherKeyIsRefused() throws Exception {
        assertUserInfoRefused("faussaire", OidcServer.UserInfo.SIGNED_WITH_ANOTHER_KEY);
    }

    @Test
    void aUserInfoAboutSomeoneElseIsRefused() throws Exception {
        assertUserInfoRefused("substitue", OidcServer.UserInfo.ABOUT_SOMEONE_ELSE);
    }

    private void assertUserInfoRefused(String subject, OidcServer.UserInfo answer) throws Exception {
        long accounts = accounts();
        OidcServer.nextIdentity(
                subject,
                Map.of("given_name", "Eve", "family_name", "Refusee", "email", subject + "@famille.test"),
                answer);
        var client = new WebClient(port);
        var refused = client.get(pathOf(callback(authorizationRequest(client)).toString()));
        assertThat(refused.statusCode()).isEqualTo(302);
        assertThat(refused.headers().firstValue("Location"))
                .hasValue("/" + slug + "/compte/connexion?oidc=identite-invalide");
        assertThat(client.get("/" + slug + "/compte/connexion?oidc=identite-invalide")
                        .body())
                .contains("Les informations transmises par FranceConnect n’ont pas pu être vérifiées");
        assertSignedOut(client, accounts);
    }

    @Test
    void anUnverifiedAddressMakesNoAccount() throws Exception {
        long accounts = accounts();
        var client = unverified("non-verifie", "nouvelle.adresse@famille.test");
        assertSignedOut(client, accounts);
        assertThat(client.get("/" + slug + "/compte/connexion?oidc=adresse-non-verifiee")
                        .body())
                .contains("FranceConnect indique que votre adresse électronique n’a pas été vérifiée");
    }

    @Test
    void anUnverifiedAddressOfAnAccountIsNotOfferedForLinking() throws Exception {
        String email = "compte.existant." + slug + "@famille.test";
        families.adult(w, email, "Noa", "Existant", Families.PASSWORD);
        long accounts = accounts();
        var client = unverified("non-verifie-existant", email);
        assertSignedOut(client, accounts);
        assertThat(client.get("/" + slug + "/compte/franceconnect/liaison")
                        .headers()
                        .firstValue("Location"))
                .hasValue("/" + slug + "/compte/connexion");
        assertThat(jdbc.sql("select count(*) from famille_adulte where oidc_sub like 'non-verifie%'")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    /** A return from the provider whose claims say the address was not verified. */
    private WebClient unverified(String subject, String email) throws Exception {
        OidcServer.nextIdentity(
                subject,
                Map.of("given_name", "Noa", "family_name", "Nonverifie", "email", email, "email_verified", false),
                OidcServer.UserInfo.SIGNED);
        var client = new WebClient(port);
        var refused = client.get(pathOf(callback(authorizationRequest(client)).toString()));
        assertThat(refused.headers().firstValue("Location"))
                .hasValue("/" + slug + "/compte/connexion?oidc=adresse-non-verifiee");
        return client;
    }

    private long accounts() {
        return jdbc.sql("select count(*) from famille_adulte").query(Long.class).single();
    }

    /** Nobody signed in, no identity waiting for a choice, no account created. */
    private void assertSignedOut(WebClient client, long accountsBefore) throws Exception {
        assertThat(client.get("/" + slug + "/mon-espace").headers().firstValue("Location"))
                .hasValue("/" + slug + "/compte/connexion");
        assertThat(client.get("/" + slug + "/compte/franceconnect/inscription")
                        .headers()
                        .firstValue("Location"))
                .hasValue("/" + slug + "/compte/connexion");
        assertThat(accounts()).isEqualTo(accountsBefore);
    }
}
