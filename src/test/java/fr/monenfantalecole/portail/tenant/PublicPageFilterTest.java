package fr.monenfantalecole.portail.tenant;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.servlet.FilterChain;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.util.unit.DataSize;

/** What the page cache keeps and what it never shares, without a server. */
class PublicPageFilterTest {

    private final PublicPages pages =
            new PublicPages(Clock.systemUTC(), new SimpleMeterRegistry(), DataSize.ofMegabytes(1), true);
    private final PublicPageFilter filter = new PublicPageFilter(pages);
    private final AtomicInteger rendered = new AtomicInteger();

    private static MockHttpServletRequest request(String chemin) {
        var request = new MockHttpServletRequest("GET", "/fougeres" + chemin);
        var collectivite = new Collectivite(
                1,
                "fougeres",
                CollectiviteType.COMMUNE,
                "Fougères",
                "35115",
                null,
                "Rennes",
                "B",
                null,
                "#000000",
                "#000000",
                null,
                null,
                true,
                false,
                false,
                false,
                null,
                1,
                Instant.EPOCH);
        request.setAttribute(
                TenantRequest.ATTRIBUTE,
                new TenantRequest(
                        collectivite, "/fougeres", TenantRequest.Mode.PAGE, Integration.AUCUNE, chemin, null));
        return request;
    }

    private FilterChain rendering(String body, boolean opensSession) {
        return (req, res) -> {
            rendered.incrementAndGet();
            if (opensSession) {
                ((MockHttpServletRequest) req).getSession(true);
            }
            res.setContentType("text/html;charset=UTF-8");
            res.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
        };
    }

    private MockHttpServletResponse serve(MockHttpServletRequest request, FilterChain chain) throws Exception {
        var response = new MockHttpServletResponse();
        filter.doFilter(request, response, chain);
        return response;
    }

    @Test
    void aPageRenderedOnceIsServedFromMemoryUntilAChange() throws Exception {
        var first = serve(request("/questions"), rendering("<p>un</p>", false));
        var second = serve(request("/questions"), rendering("<p>deux</p>", false));
        assertThat(rendered).hasValue(1);
        assertThat(second.getContentAsString()).isEqualTo("<p>un</p>");
        assertThat(second.getHeader("ETag")).isEqualTo(first.getHeader("ETag"));

        pages.forget();
        assertThat(serve(request("/questions"), rendering("<p>deux</p>", false)).getContentAsString())
                .isEqualTo("<p>deux</p>");
    }

    @Test
    void aPageThatOpenedASessionWhileRenderingIsNeverKept() throws Exception {
        var first = serve(request("/questions"), rendering("<input name=\"_csrf\" value=\"secret\">", true));
        assertThat(first.getHeader("ETag")).isNull();
        assertThat(first.getHeader("Cache-Control")).contains("no-store");
        var other = serve(request("/questions"), rendering("<p>sans jeton</p>", false));
        assertThat(other.getContentAsString()).isEqualTo("<p>sans jeton</p>");
        assertThat(rendered).hasValue(2);
    }

    @Test
    void aRequestWithASessionCookieIsServedApart() throws Exception {
        serve(request("/questions"), rendering("<p>public</p>", false));
        var withCookie = request("/questions");
        withCookie.setRequestedSessionId("abc");
        var own = serve(withCookie, rendering("<p>à soi</p>", false));
        assertThat(own.getContentAsString()).isEqualTo("<p>à soi</p>");
        assertThat(own.getHeader("ETag")).isNull();
    }

    @Test
    void aPageRenderedWhileAChangeArrivedIsNotKept() throws Exception {
        FilterChain changing = (req, res) -> {
            rendering("<p>lu avant</p>", false).doFilter(req, res);
            pages.forget();
        };
        serve(request("/ecoles"), changing);
        assertThat(serve(request("/ecoles"), rendering("<p>lu après</p>", false))
                        .getContentAsString())
                .isEqualTo("<p>lu après</p>");
    }

    @Test
    void htmxAndCrossOriginRequestsAndOtherPathsGoThrough() throws Exception {
        serve(request("/questions"), rendering("<p>page</p>", false));
        var htmx = request("/questions");
        htmx.addHeader("HX-Request", "true");
        assertThat(serve(htmx, rendering("<p>morceau</p>", false)).getContentAsString())
                .isEqualTo("<p>morceau</p>");
        assertThat(serve(request("/recherche"), rendering("<p>r</p>", false)).getHeader("ETag"))
                .isNull();
    }
}
