package fr.monenfantalecole.portail.tenant;

import static org.assertj.core.api.Assertions.assertThat;

import fr.monenfantalecole.portail.shared.web.PageFacts;
import fr.monenfantalecole.portail.support.PageRequests;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.servlet.FilterChain;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.util.unit.DataSize;

/**
 * The search and carte scolaire API answers kept with the pages, without a server: with the validator,
 * Last-Modified and Cache-Control the open formats' conditional GET gave them, never the rate limit's
 * headers of the request that computed them, the facts the counting reads given again, and computed
 * again once a source they read is replaced.
 */
class PublicApiAnswersTest {

    private final PublicPages pages =
            new PublicPages(Clock.systemUTC(), new SimpleMeterRegistry(), DataSize.ofMegabytes(1), true);
    private final PublicPageFilter filter = new PublicPageFilter(
            pages, slug -> slug.equals("fougeres") ? Optional.of(PageRequests.commune(1, slug)) : Optional.empty());
    private final AtomicInteger computed = new AtomicInteger();
    private final AtomicBoolean sourcesCurrent = new AtomicBoolean(true);

    private static MockHttpServletRequest api(String path, String q) {
        var request = new MockHttpServletRequest("GET", path);
        request.addParameter("q", q);
        return request;
    }

    /** The controller and the conditional GET after the memory, as the portal orders them. */
    private FilterChain answering(String json, String cacheControl) {
        return (req, res) -> {
            int n = computed.incrementAndGet();
            req.setAttribute(PageFacts.VALID_WHILE, (BooleanSupplier) sourcesCurrent::get);
            req.setAttribute(PageFacts.SEARCH_RESULTS, 0);
            var response = (jakarta.servlet.http.HttpServletResponse) res;
            response.setHeader("Cache-Control", cacheControl);
            response.addHeader("Vary", "Origin");
            response.addHeader("Vary", "Access-Control-Request-Method");
            response.setHeader("ETag", "\"etag-" + n + "\"");
            response.setHeader("Last-Modified", "Mon, 07 Dec 2026 02:00:00 GMT");
            response.setContentType("application/json");
            response.getOutputStream().write(json.getBytes(StandardCharsets.UTF_8));
        };
    }

    private MockHttpServletResponse serve(MockHttpServletRequest request, FilterChain chain) throws Exception {
        var response = new MockHttpServletResponse();
        // What the rate limit, before the memory, writes on every request.
        response.setHeader("X-RateLimit-Remaining", String.valueOf(100 - computed.get()));
        filter.doFilter(request, response, chain);
        return response;
    }

    @Test
    void anAnswerIsSentAgainWithItsOwnHeadersAndTheRequestsRateLimit() throws Exception {
        var first = serve(api("/api/v1/fougeres/recherche", "cantine"), answering("{\"n\":1}", "public, no-cache"));
        var again = api("/api/v1/fougeres/recherche", "cantine");
        var second = serve(again, answering("{\"n\":2}", "public, no-cache"));

        assertThat(computed).hasValue(1);
        assertThat(second.getContentAsString()).isEqualTo("{\"n\":1}");
        assertThat(second.getContentType()).startsWith("application/json");
        assertThat(second.getHeader("ETag")).isEqualTo(first.getHeader("ETag")).isEqualTo("\"etag-1\"");
        assertThat(second.getHeader("Last-Modified")).isEqualTo("Mon, 07 Dec 2026 02:00:00 GMT");
        assertThat(second.getHeader("Cache-Control")).isEqualTo("public, no-cache");
        assertThat(second.getHeaders("Vary")).containsExactly("Origin", "Access-Control-Request-Method");
        assertThat(second.getHeaders("X-RateLimit-Remaining")).containsExactly("99");
        // The counting, after the chain, reads what the controller said when it computed the answer.
        assertThat(again.getAttribute(PageFacts.SEARCH_RESULTS)).isEqualTo(0);
    }

    @Test
    void aPersonalAnswerKeepsItsNoStoreAndAnswers304() throws Exception {
        String path = "/api/v1/fougeres/carte-scolaire";
        serve(api(path, "x"), answering("{\"resultats\":[]}", "private, no-store"));
        var byEtag = api(path, "x");
        byEtag.addHeader("If-None-Match", "\"etag-1\"");
        var notModified = serve(byEtag, answering("{}", "private, no-store"));
        assertThat(notModified.getStatus()).isEqualTo(304);
        assertThat(notModified.getHeader("Cache-Control")).isEqualTo("private, no-store");
        var byDate = api(path, "x");
        byDate.addHeader("If-Modified-Since", "Mon, 07 Dec 2026 03:00:00 GMT");
        assertThat(serve(byDate, answering("{}", "private, no-store")).getStatus())
                .isEqualTo(304);
        assertThat(computed).hasValue(1);
    }

    @Test
    void anAnswerWhoseSourceWasReplacedIsComputedAgain() throws Exception {
        serve(api("/api/v1/fougeres/recherche", "cantine"), answering("{\"index\":1}", "public, no-cache"));
        // The search index rebuilt in the background after a change: no event at that moment.
        sourcesCurrent.set(false);
        var after = serve(api("/api/v1/fougeres/recherche", "cantine"), answering("{\"index\":2}", "public, no-cache"));
        assertThat(after.getContentAsString()).isEqualTo("{\"index\":2}");
        sourcesCurrent.set(true);
        assertThat(serve(api("/api/v1/fougeres/recherche", "cantine"), answering("{\"index\":3}", "public, no-cache"))
                        .getContentAsString())
                .isEqualTo("{\"index\":2}");
        assertThat(computed).hasValue(2);
    }

    @Test
    void aChangeOfTheCollectiviteForgetsItsAnswersAndOtherQuestionsAndPathsAreApart() throws Exception {
        serve(api("/api/v1/fougeres/recherche", "cantine"), answering("{\"avant\":1}", "public, no-cache"));
        serve(api("/api/v1/fougeres/recherche", "piscine"), answering("{\"autre\":1}", "public, no-cache"));
        assertThat(computed).hasValue(2);
        assertThat(pages.holds(1)).isTrue();
        pages.forget(List.of(1L));
        assertThat(serve(api("/api/v1/fougeres/recherche", "cantine"), answering("{\"apres\":1}", "public, no-cache"))
                        .getContentAsString())
                .isEqualTo("{\"apres\":1}");
        // Unknown collectivité, other API paths, cross-origin requests: through, never kept.
        for (var request : List.of(
                api("/api/v1/inconnue/recherche", "cantine"),
                api("/api/v1/fougeres/fiches", "cantine"),
                api("/api/v1/fougeres/suggestions", "can"))) {
            serve(request, answering("{}", "public, no-cache"));
            serve(request, answering("{}", "public, no-cache"));
        }
        var crossOrigin = api("/api/v1/fougeres/recherche", "cantine");
        crossOrigin.addHeader("Origin", "https://www.fougeres.fr");
        assertThat(serve(crossOrigin, answering("{\"cors\":1}", "public, no-cache"))
                        .getContentAsString())
                .isEqualTo("{\"cors\":1}");
        assertThat(computed).hasValue(10);
    }

    @Test
    void anErrorIsNeverKept() throws Exception {
        FilterChain refusing = (req, res) -> {
            computed.incrementAndGet();
            ((jakarta.servlet.http.HttpServletResponse) res).setStatus(400);
            res.setContentType("application/json");
        };
        serve(api("/api/v1/fougeres/carte-scolaire", "x"), refusing);
        serve(api("/api/v1/fougeres/carte-scolaire", "x"), refusing);
        assertThat(computed).hasValue(2);
    }
}
