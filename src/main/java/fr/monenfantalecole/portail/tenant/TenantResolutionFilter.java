package fr.monenfantalecole.portail.tenant;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Set;
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
            "admin", "api", "webjars", "css", "js", "img", "actuator", "error", "favicon.ico",
            "robots.txt", "plateforme", "xsd");

    private final Collectivites collectivites;

    TenantResolutionFilter(Collectivites collectivites) {
        this.collectivites = collectivites;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String first = firstSegment(path);
        var byHost = collectivites.findByHost(request.getServerName().toLowerCase(Locale.ROOT));
        if (byHost.isPresent()) {
            var collectivite = byHost.get();
            if (RESERVED.contains(first)) {
                chain.doFilter(request, response);
                return;
            }
            var prefixed = new PrefixedRequest(request, "/" + collectivite.slug());
            prefixed.setAttribute(TenantRequest.ATTRIBUTE, new TenantRequest(collectivite, request.getContextPath()));
            chain.doFilter(prefixed, response);
            return;
        }
        if (!RESERVED.contains(first)) {
            collectivites.findBySlug(first).ifPresent(c -> request.setAttribute(
                    TenantRequest.ATTRIBUTE, new TenantRequest(c, request.getContextPath() + "/" + c.slug())));
        }
        chain.doFilter(request, response);
    }

    static String firstSegment(String path) {
        String trimmed = path.startsWith("/") ? path.substring(1) : path;
        int slash = trimmed.indexOf('/');
        return slash < 0 ? trimmed : trimmed.substring(0, slash);
    }

    /** The request as the controllers see it on a custom host: with the slug in front of its path. */
    private static final class PrefixedRequest extends HttpServletRequestWrapper {

        private final String prefix;

        PrefixedRequest(HttpServletRequest request, String prefix) {
            super(request);
            this.prefix = prefix;
        }

        @Override
        public String getRequestURI() {
            String uri = super.getRequestURI();
            String context = getContextPath();
            return context + prefix + uri.substring(context.length());
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
            return prefix + super.getServletPath();
        }
    }
}
