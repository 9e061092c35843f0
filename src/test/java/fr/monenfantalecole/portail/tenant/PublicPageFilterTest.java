package fr.monenfantalecole.portail.tenant;

import static org.assertj.core.api.Assertions.assertThat;

import fr.monenfantalecole.portail.support.PageRequests;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.servlet.FilterChain;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
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
        return request(1, "fougeres", chemin);
    }

    private static MockHttpServletRequest request(long id, String slug, String chemin) {
        return PageRequests.page(id, slug, chemin);
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

    @Test
    void aChangeOfOneCollectiviteKeepsTheOtherPortalsPages() throws Exception {
        serve(request(1, "fougeres", "/questions"), rendering("<p>Fougères avant</p>", false));
        serve(request(2, "vitre", "/questions"), rendering("<p>Vitré avant</p>", false));
        assertThat(pages.holds(1)).isTrue();
        assertThat(pages.holds(2)).isTrue();

        pages.forget(List.of(1L));
        assertThat(pages.holds(1)).isFalse();
        assertThat(serve(request(1, "fougeres", "/questions"), rendering("<p>Fougères après</p>", false))
                        .getContentAsString())
                .isEqualTo("<p>Fougères après</p>");
        assertThat(serve(request(2, "vitre", "/questions"), rendering("<p>Vitré après</p>", false))
                        .getContentAsString())
                .isEqualTo("<p>Vitré avant</p>");
        assertThat(rendered).hasValue(3);
    }

    @Test
    void aPageRenderedWhileAnotherPortalChangedIsNotKeptEither() throws Exception {
        // The generation is one for all: a render that saw any change is not trusted (it costs a render).
        FilterChain changing = (req, res) -> {
            rendering("<p>lu avant</p>", false).doFilter(req, res);
            pages.forget(List.of(2L));
        };
        serve(request("/ecoles"), changing);
        assertThat(pages.holds(1)).isFalse();
    }

    @Test
    void theParametersTheControllersReadAreInTheKeyInAnyOrder() throws Exception {
        serve(request("/ecoles"), rendering("<p>toutes</p>", false));
        // As MockMvc's param() builds it: parameters without a query string.
        var filtered = request("/ecoles");
        filtered.addParameter("niveau", "maternelle");
        filtered.addParameter("secteur", "public");
        assertThat(serve(filtered, rendering("<p>maternelles publiques</p>", false))
                        .getContentAsString())
                .isEqualTo("<p>maternelles publiques</p>");
        var sameInAnotherOrder = request("/ecoles");
        sameInAnotherOrder.addParameter("secteur", "public");
        sameInAnotherOrder.addParameter("niveau", "maternelle");
        assertThat(serve(sameInAnotherOrder, rendering("<p>autre rendu</p>", false))
                        .getContentAsString())
                .isEqualTo("<p>maternelles publiques</p>");
        assertThat(PublicPageFilter.key(filtered)).isNotEqualTo(PublicPageFilter.key(request("/ecoles")));
        assertThat(rendered).hasValue(2);
    }
}
