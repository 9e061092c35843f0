package fr.monenfantalecole.portail.tenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.monenfantalecole.portail.support.PortailTest;
import fr.monenfantalecole.portail.support.Staff;
import fr.monenfantalecole.portail.support.WebClient;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Public pages served from memory (PublicPages): validators, invalidation by an agent's change
 * before the agent's answer, and nothing of one visitor's session shown to another.
 */
@PortailTest
class PublicPageCacheIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Autowired
    Staff staff;

    @Autowired
    PublicPages pages;

    @Autowired
    PageEvictions evictions;

    @Autowired
    Collectivites collectivites;

    private final HttpClient client = HttpClient.newHttpClient();

    private boolean asConfigured;

    @BeforeEach
    void serveFromMemory() {
        asConfigured = pages.active();
        pages.activate(true);
    }

    @AfterEach
    void asTheRestOfTheSuite() {
        pages.activate(asConfigured);
    }

    private HttpResponse<String> get(String path, String... headers) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aPageIsServedAgainWithTheSameValidatorAndA304ForAClientThatHasIt() throws Exception {
        var first = get("/fougeres/");
        var second = get("/fougeres/");
        assertThat(first.statusCode()).isEqualTo(200);
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertThat(etag).startsWith("\"").doesNotStartWith("W/");
        assertThat(second.headers().firstValue("ETag")).contains(etag);
        assertThat(second.body()).isEqualTo(first.body());
        assertThat(second.headers().firstValue("Cache-Control")).contains("public, no-cache");
        // Spring Security's headers are kept with the page.
        assertThat(second.headers().firstValue("Content-Security-Policy")).isPresent();
        assertThat(second.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(second.headers().allValues("Set-Cookie")).isEmpty();

        var revalidated = get("/fougeres/", "If-None-Match", etag);
        assertThat(revalidated.statusCode()).isEqualTo(304);
        assertThat(revalidated.body()).isEmpty();
        assertThat(revalidated.headers().firstValue("ETag")).contains(etag);
        assertThat(get("/fougeres/", "If-None-Match", "\"autre\"").statusCode()).isEqualTo(200);
    }

    @Test
    void anAgentsChangeShowsOnTheNextRequest() throws Exception {
        String before = get("/vitre/agenda").body();
        assertThat(get("/vitre/agenda").body()).isEqualTo(before);
        String title = "Kermesse de la page gardée en mémoire " + System.nanoTime();
        // The agent's answer (the redirect) comes after the commit, and the page is forgotten by then.
        addAnEventTo("vitre", title);
        assertThat(get("/vitre/agenda").body()).contains(title);
    }

    private void addAnEventTo(String slug, String title) throws Exception {
        LocalDate day = LocalDate.now(fr.monenfantalecole.portail.shared.PortailClock.ZONE)
                .plusDays(12);
        mvc.perform(post("/admin/" + slug + "/agenda/nouvel")
                        .with(csrf())
                        .with(staff.admin(slug))
                        .param("titre", title)
                        .param("categorie", "autre")
                        .param("ecole", "")
                        .param("lieu", "Cour")
                        .param("description", "Jeux.")
                        .param(
                                "dateDebut",
                                "%02d/%02d/%d".formatted(day.getDayOfMonth(), day.getMonthValue(), day.getYear()))
                        .param("dateFin", ""))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void oneCollectivitesChangeKeepsTheOtherPortalsPagesWarm() throws Exception {
        long vitre = collectivites.findBySlug("vitre").orElseThrow().id();
        long rennes = collectivites.findBySlug("rennes").orElseThrow().id();
        get("/vitre/agenda");
        String rennesHome = get("/rennes/").body();
        assertThat(pages.holds(vitre)).isTrue();
        assertThat(pages.holds(rennes)).isTrue();

        String title = "Fête de Vitré seulement " + System.nanoTime();
        addAnEventTo("vitre", title);
        assertThat(pages.holds(vitre)).isFalse();
        assertThat(pages.holds(rennes))
                .as("another portal's pages stay in memory")
                .isTrue();
        assertThat(get("/vitre/agenda").body()).contains(title);
        assertThat(get("/rennes/").body()).isEqualTo(rennesHome);
    }

    @Test
    void aChangeReachesItsParentsAndMembersPagesAndNationalContentReachesEveryPortal() throws Exception {
        var fougeres = collectivites.findBySlug("fougeres").orElseThrow();
        var agglo = collectivites.findBySlug("fougeres-agglomeration").orElseThrow();
        long rennes = collectivites.findBySlug("rennes").orElseThrow().id();
        assertThat(fougeres.parentId())
                .as("the demo's Fougères is a member of its agglomération")
                .isEqualTo(agglo.id());
        assertThat(evictions.family(fougeres.id()))
                .contains(fougeres.id(), agglo.id())
                .doesNotContain(rennes);
        assertThat(evictions.family(agglo.id()))
                .contains(agglo.id())
                .containsAll(collectivites.children(agglo.id()).stream()
                        .map(Collectivite::id)
                        .toList())
                .doesNotContain(rennes);

        // The agglomération's change (an inherited rubrique, a link) reaches Fougères's pages.
        get("/fougeres/");
        get("/rennes/");
        evictions.onChange(new fr.monenfantalecole.portail.service.LiensServices.Changed(agglo.id()));
        assertThat(pages.holds(fougeres.id())).isFalse();
        assertThat(pages.holds(rennes)).isTrue();
        // National content (no scope) reaches every portal.
        evictions.onChange(new fr.monenfantalecole.portail.fiche.NationalFiches.Published(1));
        assertThat(pages.holds(rennes)).isFalse();
    }

    @Test
    void aVisitorWithASessionIsServedApartAndNothingOfItReachesOthers() throws Exception {
        var signedIn = new WebClient(port).signIn("admin@fougeres.demo", "demo-fougeres-2026");
        var own = signedIn.get("/fougeres/questions");
        assertThat(own.statusCode()).isEqualTo(200);
        // Not taken from memory, not kept: no validator for a request with a session.
        assertThat(own.headers().firstValue("ETag")).isEmpty();
        assertThat(own.headers().firstValue("Cache-Control").orElse("")).contains("no-store");

        var anonymous = get("/fougeres/questions");
        assertThat(anonymous.headers().firstValue("ETag")).isPresent();
        assertThat(anonymous.headers().allValues("Set-Cookie")).isEmpty();
        assertThat(anonymous.body()).doesNotContain("_csrf").doesNotContain("admin@fougeres.demo");
    }

    @Test
    void pagesOutsideTheListAreNeverKept() throws Exception {
        assertThat(get("/fougeres/recherche?q=cantine").headers().firstValue("ETag"))
                .isEmpty();
        assertThat(get("/fougeres/services").headers().firstValue("ETag")).isEmpty();
        assertThat(get("/fougeres/page-inconnue").headers().firstValue("ETag")).isEmpty();
        assertThat(pages.size()).isLessThan(100_000);
    }
}
