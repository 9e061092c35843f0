package fr.monenfantalecole.portail.family;

import static org.assertj.core.api.Assertions.assertThat;

import fr.monenfantalecole.portail.support.Mailbox;
import fr.monenfantalecole.portail.support.WebClient;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A parent in the tests, over HTTP as a browser would: signs up on a portal, confirms the address from
 * the mail, signs in, adds a child. The one helper for every module's tests that need a family.
 */
public final class Families {

    public static final String PASSWORD = "cartable-violet-sous-la-pluie";

    private Families() {}

    /** A new account on the portal, its address confirmed through the link of the mail: signed in. */
    public static WebClient signUp(int port, Mailbox mailbox, String slug, String email, String prenoms, String nom)
            throws Exception {
        return signUp(port, mailbox, slug, email, prenoms, nom, PASSWORD);
    }

    /** The same, with this password. */
    public static WebClient signUp(
            int port, Mailbox mailbox, String slug, String email, String prenoms, String nom, String password)
            throws Exception {
        var client = new WebClient(port);
        Instant before = Instant.now();
        var created = client.postForm(
                "/" + slug + "/compte/inscription",
                Map.of(
                        "prenoms", prenoms,
                        "nom", nom,
                        "email", email,
                        "motDePasse", password,
                        "confirmation", password,
                        "consentement", "true"),
                client.csrf("/" + slug + "/compte/inscription"));
        assertThat(created.body()).contains("Confirmez votre adresse");
        String link = mailbox.link(email, "/" + slug + "/compte/verification", before);
        assertThat(client.get(link).statusCode()).isEqualTo(302);
        var confirmed = client.postForm(
                "/" + slug + "/compte/verification", Map.of(), client.csrf("/" + slug + "/compte/verification"));
        assertThat(confirmed.headers().firstValue("Location")).hasValue("/" + slug + "/mon-espace?bienvenue");
        return client;
    }

    public static WebClient signIn(int port, String slug, String email, String password) throws Exception {
        var client = new WebClient(port);
        var answer = client.postForm(
                "/" + slug + "/compte/connexion",
                Map.of("email", email, "motDePasse", password),
                client.csrf("/" + slug + "/compte/connexion"));
        assertThat(answer.headers().firstValue("Location")).hasValue("/" + slug + "/mon-espace");
        return client;
    }

    /** Adds a child from "Mon foyer" and returns their id, read from the household page. */
    public static long addChild(WebClient client, String slug, String prenoms, String nom, String birth, String niveau)
            throws Exception {
        var added = client.postForm(
                "/" + slug + "/mon-espace/enfants",
                Map.of(
                        "prenoms", prenoms,
                        "nom", nom,
                        "dateNaissance", birth,
                        "sexe", "F",
                        "uai", "",
                        "niveau", niveau),
                client.csrf("/" + slug + "/mon-espace/enfants/nouveau"));
        assertThat(added.statusCode()).as(added.body()).isEqualTo(302);
        var m = Pattern.compile("/mon-espace/enfants/(\\d+)\">" + Pattern.quote(prenoms + " " + nom))
                .matcher(client.get("/" + slug + "/mon-espace/foyer").body());
        assertThat(m.find()).isTrue();
        return Long.parseLong(m.group(1));
    }

    public static HttpResponse<String> post(WebClient client, String path, Map<String, String> fields, String formPage)
            throws Exception {
        return client.postForm(path, fields, client.csrf(formPage));
    }
}
