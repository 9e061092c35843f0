package fr.monenfantalecole.portail.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** The per-client limit on its own, with a small bucket: no application context needed. */
class RateLimitFilterTest {

    final RateLimitFilter filter = new RateLimitFilter(new ApiLimitProperties(true, 6, 3, 1000));

    MockHttpServletResponse call(String path, String address) throws Exception {
        var request = new MockHttpServletRequest("GET", path);
        request.setRemoteAddr(address);
        var response = new MockHttpServletResponse();
        filter.doFilter(request, response, new MockFilterChain());
        return response;
    }

    @Test
    void overTheLimitAClientGets429WithRetryAfter() throws Exception {
        for (int i = 0; i < 3; i++) {
            assertThat(call("/api/v1/fougeres/fiches", "203.0.113.7").getStatus())
                    .isEqualTo(200);
        }
        var refused = call("/api/v1/fougeres/actualites", "203.0.113.7");
        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(Long.parseLong(refused.getHeader("Retry-After"))).isBetween(1L, 10L);
        assertThat(refused.getContentType()).startsWith("application/json");
        assertThat(refused.getContentAsString()).startsWith("{\"erreur\":\"Trop de requêtes");
        assertThat(call("/fougeres/actualites.rss", "203.0.113.7").getStatus()).isEqualTo(429);
        // Another client has its own bucket; pages of the portal are not limited.
        assertThat(call("/api/v1/fougeres/fiches", "198.51.100.2").getStatus()).isEqualTo(200);
        assertThat(call("/fougeres/questions", "203.0.113.7").getStatus()).isEqualTo(200);
    }

    @Test
    void theBucketRefills() throws Exception {
        for (int i = 0; i < 3; i++) {
            call("/fougeres/sitemap.xml", "192.0.2.1");
        }
        assertThat(call("/fougeres/sitemap.xml", "192.0.2.1").getStatus()).isEqualTo(429);
        Thread.sleep(10_500); // 6 per minute: one token every 10 seconds
        assertThat(call("/fougeres/sitemap.xml", "192.0.2.1").getStatus()).isEqualTo(200);
    }

    @Test
    void anInactiveLimitLetsEverythingThrough() throws Exception {
        var off = new RateLimitFilter(new ApiLimitProperties(false, 1, 1, 10));
        for (int i = 0; i < 5; i++) {
            var request = new MockHttpServletRequest("GET", "/api/v1/fougeres/fiches");
            var response = new MockHttpServletResponse();
            off.doFilter(request, response, new MockFilterChain());
            assertThat(response.getStatus()).isEqualTo(200);
        }
    }
}
