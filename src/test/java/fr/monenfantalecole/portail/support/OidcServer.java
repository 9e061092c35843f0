package fr.monenfantalecole.portail.support;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import okhttp3.mockwebserver.RecordedRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A real OpenID Connect server (NAV's mock-oauth2-server) playing FranceConnect for the whole test
 * run: started once, on a free port, before the portal, which is configured to it with the
 * FranceConnect profile.
 */
public final class OidcServer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    public static final String ISSUER = "franceconnect";
    public static final String CLIENT_ID = "portail-test";

    private static @Nullable MockOAuth2Server server;

    public static synchronized MockOAuth2Server get() {
        if (server == null) {
            var started = new MockOAuth2Server();
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

    /** The next sign-in at the provider is this person's. */
    public static void nextIdentity(String subject, String givenName, String familyName, String email) {
        get().enqueueCallback(new DefaultOAuth2TokenCallback(
                ISSUER,
                subject,
                "JWT",
                List.of(CLIENT_ID),
                Map.of("given_name", givenName, "family_name", familyName, "email", email),
                3600));
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
