package fr.monenfantalecole.portail.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;

/** A family account made over HTTP for a browser test that starts elsewhere: signed up, address confirmed. */
public final class FamilySignUps {

    private FamilySignUps() {}

    /** The account's client, signed in on the portal. */
    public static WebClient confirmed(
            int port, Mailbox mailbox, String slug, String email, String prenoms, String nom, String password)
            throws Exception {
        var client = new WebClient(port);
        Instant before = Instant.now();
        client.postForm(
                "/" + slug + "/compte/inscription",
                Map.of(
                        "prenoms", prenoms,
                        "nom", nom,
                        "email", email,
                        "motDePasse", password,
                        "confirmation", password,
                        "consentement", "true"),
                client.csrf("/" + slug + "/compte/inscription"));
        client.get(mailbox.link(email, "/" + slug + "/compte/verification", before));
        var confirmed = client.postForm(
                "/" + slug + "/compte/verification", Map.of(), client.csrf("/" + slug + "/compte/verification"));
        assertThat(confirmed.headers().firstValue("Location")).hasValue("/" + slug + "/mon-espace?bienvenue");
        return client;
    }
}
