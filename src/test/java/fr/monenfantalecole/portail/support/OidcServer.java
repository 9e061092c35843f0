package fr.monenfantalecole.portail.support;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import okhttp3.mockwebserver.RecordedRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A real OpenID Connect server (NAV's mock-oauth2-server) playing FranceConnect v2 for the whole test
 * run: started once, on a free port, before the portal, which is configured to it with the
 * FranceConnect profile. As FranceConnect v2 does, it answers UserInfo with a JWT signed with its own
 * keys (those of its {@code jwks_uri}); one identity may ask for another answer ({@link UserInfo}).
 */
public final class OidcServer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    public static final String ISSUER = "franceconnect";
    public static final String CLIENT_ID = "portail-test";

    /** How the provider answers an identity's UserInfo request. */
    public enum UserInfo {
        /** A JWS signed with the provider's key, as FranceConnect v2 answers. */
        SIGNED,
        /** Plain JSON, as most providers answer. */
        JSON,
        /** A JWS that claims the provider's key id but is signed with another key. */
        SIGNED_WITH_ANOTHER_KEY,
        /** A JWS signed by the provider, about another person than the ID token's. */
        ABOUT_SOMEONE_ELSE
    }

    private static @Nullable MockOAuth2Server server;

    public static synchronized MockOAuth2Server get() {
        if (server == null) {
            var config = new OAuth2Config();
            var started = new MockOAuth2Server(config, new SignedUserInfo(config.getTokenProvider()));
            started.start();
            server = started;
        }
        return server;
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestPropertyValues.of(
                        "portail.famille.oidc.emetteur=" + get().issuerUrl(ISSUER),
                        "portail.famille.oidc.client-id=" + CLIENT_ID,
                        "portail.famille.oidc.secret=secret-de-test")
                .applyTo(context);
    }

    /** The next sign-in at the provider is this person's, with a signed UserInfo as FranceConnect v2. */
    public static void nextIdentity(String subject, String givenName, String familyName, String email) {
        nextIdentity(
                subject, Map.of("given_name", givenName, "family_name", familyName, "email", email), UserInfo.SIGNED);
    }

    /** The next sign-in at the provider is this person's, with these claims and this UserInfo answer. */
    public static void nextIdentity(String subject, Map<String, Object> claims, UserInfo answer) {
        SignedUserInfo.ANSWERS.put(subject, answer);
        get().enqueueCallback(new DefaultOAuth2TokenCallback(ISSUER, subject, "JWT", List.of(CLIENT_ID), claims, 3600));
    }

    /** The requests the provider received since the last call, oldest first. */
    public static List<RecordedRequest> received() throws InterruptedException {
        var requests = new ArrayList<RecordedRequest>();
        while (true) {
            try {
                requests.add(get().takeRequest(Duration.ofMillis(500).toMillis(), TimeUnit.MILLISECONDS));
            } catch (RuntimeException noMore) { // the server says so with an exception, not a null
                return requests;
            }
        }
    }

    public OidcServer() {}
}
