package fr.monenfantalecole.portail.tenant;

import fr.monenfantalecole.portail.shared.web.FrameAncestors;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Finds the collectivité of a request, before security and before any controller: from a custom
 * host name (ecoles.fougeres.fr/ecoles) or else from the first path segment (/fougeres/ecoles).
 * On a custom host the request is seen by the application as if it had the slug in its path, so
 * that one set of controllers serves both.
 */
class TenantResolutionFilter extends OncePerRequestFilter {

    /** First path segments that belong to the platform, never to a collectivité. */
    static final Set<String> RESERVED = Set.of(
            "admin",
            "api",
            "webjars",
            "css",
            "js",
            "img",
            "actuator",
            "error",
            "favicon.ico",
            "robots.txt",
            "plateforme",
            "xsd");

    /** Second path segments (first on a custom host) that show a page embedded in a collectivité's site. */
    static final String IFRAME = "integre";

    static final String FRAGMENT = "fragment";

    private final Collectivites collectivites;
    private final Integrations integrations;
    private final PlatformHosts platformHosts;

    TenantResolutionFilter(Collectivites collectivites, Integrations integrations, PlatformHosts platformHosts) {
        this.collectivites = collectivites;
        this.integrations = integrations;
        this.platformHosts = platformHosts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String context = request.getContextPath();
        String path = request.getRequestURI().substring(context.length());
        String first = firstSegment(path);
        String host = request.getServerName().toLowerCase(Locale.ROOT);
        // The platform's own names are never a collectivité's, even if one was stored for it.
        var byHost = platformHosts.isReserved(host)
                ? java.util.Optional.<Collectivite>empty()
                : collectivites.findByHost(host);
        if (byHost.isEmpty() && !platformHosts.isPlatform(host)) {
            request = new PublicAddressRequest(request, platformHosts.publicUrl());
        }
        if (byHost.isPresent() && RESERVED.contains(first)) {
            chain.doFilter(request, response);
            return;
        }
        Collectivite collectivite;
        String base;
        String rest;
        String canonicalBase;
        if (byHost.isPresent()) {
            collectivite = byHost.get();
            base = context;
            // Its own host name also answers the portal's usual addresses (/fougeres/…), as the embed snippets use
            // them.
            rest = first.equals(collectivite.slug()) ? path.substring(1 + first.length()) : path;
            canonicalBase = origin(request);
        } else {
            var bySlug = RESERVED.contains(first)
                    ? java.util.Optional.<Collectivite>empty()
                    : collectivites.findBySlug(first);
            if (bySlug.isEmpty()) {
                chain.doFilter(request, response);
                return;
            }
            collectivite = bySlug.get();
            base = context + "/" + collectivite.slug();
            rest = path.substring(1 + first.length());
            var hosts = collectivites.hosts(collectivite.id());
            canonicalBase = hosts.isEmpty() ? null : "https://" + hosts.getFirst();
        }
        var integration = integrations.of(collectivite.id());
        String modeSegment = firstSegment(rest);
        TenantRequest.Mode mode = switch (modeSegment) {
            case IFRAME -> TenantRequest.Mode.IFRAME;
            case FRAGMENT -> TenantRequest.Mode.FRAGMENT;
            default -> TenantRequest.Mode.PAGE;
        };
        if (mode != TenantRequest.Mode.PAGE) {
            rest = rest.substring(1 + modeSegment.length());
            if (rest.isEmpty()) {
                rest = "/";
            }
            base = base + "/" + modeSegment;
            var zone = Zone.of(rest);
            if (zone.isEmpty() || !integration.allows(zone.get())) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            if (mode == TenantRequest.Mode.IFRAME) {
                FrameAncestors.allow(request, integration.origines());
            }
        }
        var seen = new RewrittenRequest(request, context + "/" + collectivite.slug() + rest);
        seen.setAttribute(
                TenantRequest.ATTRIBUTE, new TenantRequest(collectivite, base, mode, integration, rest, canonicalBase));
        chain.doFilter(seen, response);
    }

    private static String origin(HttpServletRequest request) {
        int port = request.getServerPort();
        boolean standard = port <= 0
                || ("https".equals(request.getScheme()) && port == 443)
                || ("http".equals(request.getScheme()) && port == 80);
        return request.getScheme() + "://" + request.getServerName() + (standard ? "" : ":" + port);
    }

    static String firstSegment(String path) {
        String trimmed = path.startsWith("/") ? path.substring(1) : path;
        int slash = trimmed.indexOf('/');
        return slash < 0 ? trimmed : trimmed.substring(0, slash);
    }

    /**
     * The request as the controllers see it: with the slug in front of its path on a custom host,
     * and without the "integre" or "fragment" segment of an embedded page.
     */
    private static final class RewrittenRequest extends HttpServletRequestWrapper {

        private final String uri;

        RewrittenRequest(HttpServletRequest request, String uri) {
            super(request);
            this.uri = uri;
        }

        @Override
        public String getRequestURI() {
            return uri;
        }

        @Override
        public StringBuffer getRequestURL() {
            var url = new StringBuffer();
            url.append(getScheme()).append("://").append(getServerName());
            int port = getServerPort();
            if (port > 0 && port != 80 && port != 443) {
                url.append(':').append(port);
            }
            return url.append(getRequestURI());
        }

        @Override
        public String getServletPath() {
            return uri.substring(getContextPath().length());
        }

        @Override
        public @Nullable String getPathInfo() {
            return null;
        }
    }
}
