package fr.monenfantalecole.portail.audience;

import static org.assertj.core.api.Assertions.assertThat;

import fr.monenfantalecole.portail.shared.PortailClock;
import fr.monenfantalecole.portail.support.OwnCommune;
import fr.monenfantalecole.portail.support.PortailTest;
import fr.monenfantalecole.portail.support.World;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Parents browse a commune's portal (one of the test's own); their views are counted once each, without cookie, and add up in the daily counts. */
@PortailTest
class AudienceIntegrationTest {

    static final String PHONE =
            "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Mobile Safari/537.36";
    static final String DESKTOP = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0";

    @LocalServerPort
    int port;

    @OwnCommune
    World w;

    @Autowired
    AudienceStore store;

    @Autowired
    Rollups rollups;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    final HttpClient http = HttpClient.newHttpClient();

    HttpResponse<String> get(String path, String agent, String... headers) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("User-Agent", agent);
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    long viewsOf(String zone, String cible) {
        return jdbc.sql("SELECT coalesce(sum(vues), 0) FROM audience_jour WHERE collectivite_id = ? AND jour = ?"
                        + " AND zone = ? AND cible = ? AND NOT genere")
                .params(w.id(), today(), zone, cible)
                .query(Long.class)
                .single();
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(PortailClock.ZONE));
    }

    @Test
    void parentsBrowsingAreCountedAndTheDailyCountsEqualTheViews() throws Exception {
        store.flush();
        var theme = Pattern.compile("href=\"(/" + w.slug() + "/questions/[^/\"]+)\"")
                .matcher(get("/" + w.slug() + "/questions", PHONE).body());
        assertThat(theme.find()).isTrue();
        var fiche = Pattern.compile("href=\"/" + w.slug() + "/questions/([^/\"]+)/([^\"/?#]+)\"")
                .matcher(get(theme.group(1), PHONE).body());
        assertThat(fiche.find()).isTrue();
        String fichePath = "/" + w.slug() + "/questions/" + fiche.group(1) + "/" + fiche.group(2);
        String ref = fiche.group(2).toUpperCase(java.util.Locale.ROOT);
        rollups.rollUp(today());
        long ficheBefore = viewsOf("fiche", ref);
        long clicksBefore = viewsOf("clic-recherche", "cantine");

        var home = get("/" + w.slug() + "/", DESKTOP);
        assertThat(home.headers().allValues("Set-Cookie")).isEmpty();
        get(fichePath, PHONE);
        get("/" + w.slug() + "/recherche?q=Xylophone+quantique+audience", PHONE);
        get("/" + w.slug() + "/recherche?q=Cantine", DESKTOP);
        get(fichePath, DESKTOP, "Referer", "http://localhost:" + port + "/" + w.slug() + "/recherche?q=Cantine");
        // Not counted: a browser asking not to be followed, a robot, a page that does not exist.
        get(fichePath, DESKTOP, "Sec-GPC", "1");
        get(fichePath, DESKTOP, "DNT", "1");
        get(fichePath, "curl/8.5.0");
        get(fichePath, "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)");
        get("/" + w.slug() + "/questions/nulle-part/XYZ-999", DESKTOP);
        store.flush();
        rollups.rollUp(today());

        assertThat(viewsOf("fiche", ref) - ficheBefore).isEqualTo(2);
        assertThat(viewsOf("clic-recherche", "cantine") - clicksBefore).isEqualTo(1);
        var zeroResult = jdbc.sql("SELECT sum(vues) AS vues, sum(sans_resultat) AS sans FROM audience_jour"
                        + " WHERE collectivite_id = ? AND jour = ? AND zone = 'recherche' AND cible = ?")
                .params(w.id(), today(), "xylophone quantique audience")
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)})
                .single();
        assertThat(zeroResult).containsExactly(1, 1);

        // The daily counts hold every view recorded today, nothing more (every portal, every kind), but
        // those of collectivités other tests created and deleted since: their counts went with them.
        long raw = jdbc.sql("SELECT count(*) FROM audience_vue WHERE jour = ?"
                        + " AND collectivite_id IN (SELECT id FROM collectivite)")
                .param(today())
                .query(Long.class)
                .single();
        long rolled = jdbc.sql("SELECT coalesce(sum(vues), 0) FROM audience_jour WHERE jour = ? AND NOT genere")
                .param(today())
                .query(Long.class)
                .single();
        assertThat(rolled).isEqualTo(raw);
        long pages = jdbc.sql("SELECT count(*) FROM audience_vue WHERE jour = ? AND zone NOT IN"
                        + " ('clic-recherche', 'carte-scolaire', 'quotient', 'connexion-famille')"
                        + " AND collectivite_id IN (SELECT id FROM collectivite)")
                .param(today())
                .query(Long.class)
                .single();
        long totals = jdbc.sql("SELECT coalesce(sum(vues), 0) FROM audience_visites_jour WHERE jour = ? AND NOT genere")
                .param(today())
                .query(Long.class)
                .single();
        assertThat(totals).isEqualTo(pages);
        assertThat(jdbc.sql("SELECT count(*) FROM information_schema.columns WHERE table_name LIKE 'audience%'"
                                + " AND column_name IN ('adresse', 'ip', 'user_agent')")
                        .query(Long.class)
                        .single())
                .as("no address or user agent is ever stored")
                .isZero();
    }
}
