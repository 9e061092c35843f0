package fr.monenfantalecole.portail.audience;

import fr.monenfantalecole.portail.shared.web.PageFacts;
import fr.monenfantalecole.portail.tenant.TenantRequest;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Counts the public pages on the server, after the response is written: no cookie, no script, nothing
 * kept on the parent's device, so it also counts the embedded fragments. Robots, health checks and
 * browsers that ask not to be followed ({@code Sec-GPC: 1}, {@code DNT: 1}) are left out. The only work
 * done on the request thread is classifying the response and an offer to a bounded queue, the cheapest
 * tests first (no collectivité, not a page, a robot): hashing and writing are the writer's, in batches.
 */
class AudienceFilter extends OncePerRequestFilter {

    private final ViewBuffer buffer;
    private final Clock clock;
    private final UserAgents agents = new UserAgents();

    AudienceFilter(ViewBuffer buffer, Clock clock) {
        this.buffer = buffer;
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (optedOut(request)) {
            chain.doFilter(request, response);
            return;
        }
        // The tenant filter, ordered before, sets its attributes through to this request: read them after the chain.
        chain.doFilter(request, response);
        record(request, response);
    }

    private void record(HttpServletRequest request, HttpServletResponse response) {
        var tenant = TenantRequest.of(request).orElse(null);
        if (tenant == null
                || !PageClassifier.mayCount(request.getMethod(), response.getStatus(), response.getContentType())) {
            return;
        }
        String agent = request.getHeader("User-Agent");
        var device = agents.deviceOf(agent);
        if (agent == null || device == null) {
            return;
        }
        Object results = request.getAttribute(PageFacts.SEARCH_RESULTS);
        var counted = PageClassifier.classify(new PageClassifier.Response(
                request.getMethod(),
                tenant.chemin(),
                response.getStatus(),
                response.getContentType(),
                request::getParameter,
                results instanceof Integer n ? n : null,
                request.getHeader("Referer")));
        if (counted.isEmpty()) {
            return;
        }
        var channel = channel(tenant);
        var now = clock.instant();
        for (var c : counted) {
            buffer.add(new PageView(
                    now,
                    tenant.collectivite().id(),
                    c.kind(),
                    c.cible(),
                    c.resultats(),
                    channel,
                    device,
                    request.getRemoteAddr(),
                    agent));
        }
    }

    static boolean optedOut(HttpServletRequest request) {
        return "1".equals(request.getHeader("Sec-GPC")) || "1".equals(request.getHeader("DNT"));
    }

    static Channel channel(TenantRequest tenant) {
        return switch (tenant.mode()) {
            case IFRAME -> Channel.IFRAME;
            case FRAGMENT -> Channel.SCRIPT;
            case PAGE -> tenant.basePath().isEmpty() ? Channel.HOTE : Channel.DIRECT;
        };
    }
}
