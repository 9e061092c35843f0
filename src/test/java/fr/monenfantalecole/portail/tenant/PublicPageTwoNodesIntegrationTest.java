package fr.monenfantalecole.portail.tenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.monenfantalecole.portail.PortailApplication;
import fr.monenfantalecole.portail.fiche.LocalFiches;
import fr.monenfantalecole.portail.fiche.Niveau;
import fr.monenfantalecole.portail.shared.PortailClock;
import fr.monenfantalecole.portail.support.OwnCommune;
import fr.monenfantalecole.portail.support.PortailTest;
import fr.monenfantalecole.portail.support.World;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Two nodes on one PostgreSQL: the suite's portal (node A, where the agent writes) and a second
 * application context on the same database (node B, which has the page in memory). B forgets its page
 * when it hears A's commit through LISTEN/NOTIFY, with no request in between; likewise a search API
 * answer it keeps.
 */
@PortailTest
class PublicPageTwoNodesIntegrationTest {

    /** A commune of its own for each test. */
    @OwnCommune
    World w;

    @Autowired
    MockMvc nodeA;

    @Autowired
    EmbeddedPostgres postgres;

    @Autowired
    LocalFiches localFiches;

    @Autowired
    Collectivites collectivites;

    private final HttpClient client = HttpClient.newHttpClient();

    @Test
    void anAgentsChangeOnOneNodeShowsOnTheOther(@TempDir Path temp) throws Exception {
        try (var nodeB = new SpringApplicationBuilder(PortailApplication.class)
                .run(
                        "--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                        "--spring.datasource.username=postgres",
                        "--spring.datasource.password=",
                        "--portail.embedded-postgres.data-dir=" + temp.resolve("unused"),
                        "--server.port=0",
                        "--management.server.port=0",
                        "--portail.pages-publiques.active=true",
                        // The search API asked again until the change shows: no 429 on the way.
                        "--portail.api.limite.rafale=1000000",
                        "--portail.api.limite.par-minute=1000000")) {
            int port = ((WebServerApplicationContext) nodeB).getWebServer().getPort();
            String page = "http://localhost:" + port + "/" + w.slug() + "/agenda";
            var first = get(page);
            assertThat(first.statusCode()).isEqualTo(200);
            String etag = first.headers().firstValue("ETag").orElseThrow();
            assertThat(get(page).headers().firstValue("ETag")).contains(etag);

            LocalDate day = LocalDate.now(PortailClock.ZONE).plusDays(14);
            String title = "Réunion vue par les deux nœuds " + System.nanoTime();
            nodeA.perform(post("/admin/" + w.slug() + "/agenda/nouvel")
                            .with(csrf())
                            .with(w.admin().mvc())
                            .param("titre", title)
                            .param("categorie", "autre")
                            .param("ecole", "")
                            .param("lieu", "Mairie")
                            .param("description", "Ordre du jour.")
                            .param(
                                    "dateDebut",
                                    "%02d/%02d/%d".formatted(day.getDayOfMonth(), day.getMonthValue(), day.getYear()))
                            .param("dateFin", ""))
                    .andExpect(status().is3xxRedirection());

            // The notification travels asynchronously: wait for it (bounded), never for a fixed time.
            long deadline = System.nanoTime() + 30_000_000_000L;
            String body = get(page).body();
            while (!body.contains(title) && System.nanoTime() < deadline) {
                Thread.onSpinWait();
                body = get(page).body();
            }
            assertThat(body).contains(title);

            // The search API's answer, kept as bytes on B, shows a fiche published on A once B's index is
            // rebuilt (after the notification, in the background): never the answer B computed in between.
            long commune = w.id();
            String fiche = "Le théorbe chromatique des deux nœuds";
            String search =
                    "http://localhost:" + port + "/api/v1/" + w.slug() + "/recherche?q=th%C3%A9orbe%20chromatique";
            assertThat(get(search).body()).doesNotContain(fiche);
            String kept = get(search).headers().firstValue("ETag").orElseThrow();
            assertThat(get(search).headers().firstValue("ETag")).contains(kept);
            long id = localFiches.create(commune, "cantine", Niveau.TOUS, fiche, "Bref.", "Détail.", true, null);
            try {
                // B rebuilds its index in the background after the notification: bounded, never a fixed time.
                long rebuilt = System.nanoTime() + 60_000_000_000L;
                String answer = get(search).body();
                while (!answer.contains(fiche) && System.nanoTime() < rebuilt) {
                    Thread.onSpinWait();
                    answer = get(search).body();
                }
                assertThat(answer).contains(fiche);
            } finally {
                localFiches.delete(commune, id);
            }
        }
    }

    private HttpResponse<String> get(String url) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
