package fr.monenfantalecole.portail.tenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.monenfantalecole.portail.support.Fixtures;
import fr.monenfantalecole.portail.support.OwnCommune;
import fr.monenfantalecole.portail.support.PortailTest;
import fr.monenfantalecole.portail.support.Staff;
import fr.monenfantalecole.portail.support.WebClient;
import fr.monenfantalecole.portail.support.World;
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

    @Autowired
    Fixtures fixtures;

    /** A commune of its own for each test. */
    @OwnCommune
    World w;

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
        var first = get("/" + w.slug() + "/");
        var second = get("/" + w.slug() + "/");
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

        var revalidated = get("/" + w.slug() + "/", "If-None-Match", etag);
        assertThat(revalidated.statusCode()).isEqualTo(304);
        assertThat(revalidated.body()).isEmpty();
        assertThat(revalidated.headers().firstValue("ETag")).contains(etag);
        assertThat(get("/" + w.slug() + "/", "If-None-Match", "\"autre\"").statusCode())
                .isEqualTo(200);
    }

    @Test
    void anAgentsChangeShowsOnTheNextRequest() throws Exception {
        String before = get("/" + w.slug() + "/agenda").body();
        assertThat(get("/" + w.slug() + "/agenda").body()).isEqualTo(before);
        String title = "Kermesse de la page gardée en mémoire " + System.nanoTime();
        // The agent's answer (the redirect) comes after the commit, and the page is forgotten by then.
        addAnEventTo(w.slug(), title);
        assertThat(get("/" + w.slug() + "/agenda").body()).contains(title);
    }

    private void addAnEventTo(String slug, String title) throws Exception {
        LocalDate day = LocalDate.now(fr.monenfantalecole.portail.shared.PortailClock.ZONE)
                .plusDays(12);
        mvc.perform(post("/admin/" + slug + "/agenda/nouvel")
                        .with(csrf())
                        .with(w.admin().mvc())
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
        try (var other = fixtures.commune()) {
            otherPortalsStayWarm(other);
        }
    }

    private void otherPortalsStayWarm(World other) throws Exception {
        long commune = w.id();
        long another = other.id();
        get("/" + w.slug() + "/agenda");
        String anotherHome = get("/" + other.slug() + "/").body();
        assertThat(pages.holds(commune)).isTrue();
        assertThat(pages.holds(another)).isTrue();

        String title = "Fête de Vitré seulement " + System.nanoTime();
        addAnEventTo(w.slug(), title);
        assertThat(pages.holds(commune)).isFalse();
        assertThat(pages.holds(another))
                .as("another portal's pages stay in memory")
                .isTrue();
        assertThat(get("/" + w.slug() + "/agenda").body()).contains(title);
        assertThat(get("/" + other.slug() + "/").body()).isEqualTo(anotherHome);
    }

    @Test
    void aChangeReachesItsParentsAndMembersPagesAndNationalContentReachesEveryPortal() throws Exception {
        try (var aggloWorld = fixtures.agglomeration();
                var other = fixtures.commune()) {
            var member = aggloWorld.member();
            aChangeReachesItsFamily(member.collectivite(), aggloWorld.collectivite(), other);
        }
    }

    private void aChangeReachesItsFamily(Collectivite member, Collectivite agglo, World other) throws Exception {
        long another = other.id();
        assertThat(member.parentId())
                .as("the commune is a member of its agglomération")
                .isEqualTo(agglo.id());
        assertThat(evictions.family(member.id()))
                .contains(member.id(), agglo.id())
                .doesNotContain(another);
        assertThat(evictions.family(agglo.id()))
                .contains(agglo.id())
                .containsAll(collectivites.children(agglo.id()).stream()
                        .map(Collectivite::id)
                        .toList())
                .doesNotContain(another);

        // The agglomération's change (an inherited rubrique, a link) reaches Fougères's pages.
        get("/" + member.slug() + "/");
        get("/" + other.slug() + "/");
        evictions.onChange(new fr.monenfantalecole.portail.service.LiensServices.Changed(agglo.id()));
        assertThat(pages.holds(member.id())).isFalse();
        assertThat(pages.holds(another)).isTrue();
        // National content (no scope) reaches every portal.
        evictions.onChange(new fr.monenfantalecole.portail.fiche.NationalFiches.Published(1));
        assertThat(pages.holds(another)).isFalse();
    }

    @Test
    void aVisitorWithASessionIsServedApartAndNothingOfItReachesOthers() throws Exception {
        var signedIn = new WebClient(port).signIn(w.admin().email(), World.PASSWORD);
        var own = signedIn.get("/" + w.slug() + "/questions");
        assertThat(own.statusCode()).isEqualTo(200);
        // Not taken from memory, not kept: no validator for a request with a session.
        assertThat(own.headers().firstValue("ETag")).isEmpty();
        assertThat(own.headers().firstValue("Cache-Control").orElse("")).contains("no-store");

        var anonymous = get("/" + w.slug() + "/questions");
        assertThat(anonymous.headers().firstValue("ETag")).isPresent();
        assertThat(anonymous.headers().allValues("Set-Cookie")).isEmpty();
        assertThat(anonymous.body())
                .doesNotContain("_csrf")
                .doesNotContain(w.admin().email());
    }

    @Test
    void pagesOutsideTheListAreNeverKept() throws Exception {
        assertThat(get("/" + w.slug() + "/recherche?q=cantine").headers().firstValue("ETag"))
                .isEmpty();
        assertThat(get("/" + w.slug() + "/services").headers().firstValue("ETag"))
                .isEmpty();
        assertThat(get("/" + w.slug() + "/page-inconnue").headers().firstValue("ETag"))
                .isEmpty();
        assertThat(pages.size()).isLessThan(100_000);
    }
}
