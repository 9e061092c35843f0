package fr.monenfantalecole.portail.tenant;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Serves the public pages of {@link PublicPages} from memory, with a strong ETag (304 to a client
 * or a cache in front that has the same body), and keeps the pages it let through.
 *
 * <p>Only anonymous pages are shared: a request with a session (its cookie, or one opened while
 * rendering, as a form's CSRF token does), with credentials, an htmx or a cross-origin request goes
 * through as before and is never kept. The key holds what a page depends on besides the data:
 * scheme, host and port (canonical links, JSON-LD), the base path and mode (links), path and query.
 * It runs after tenant resolution and the audience measurement, before Spring Security, whose headers
 * (Content-Security-Policy…) are kept with the page and sent again.
 */
class PublicPageFilter extends OncePerRequestFilter {

    /** The pages kept, by their path inside the portal (after the slug). */
    static final Pattern CACHED = Pattern.compile("^/?$|^/(questions(/[^/]+){0,2}|ecoles(/[^/]+)?"
            + "|actualites(/[^/]+)?|agenda(/[0-9]{1,12})?|structures/[0-9]+"
            + "|sitemap\\.xml|actualites\\.(rss|atom)|agenda\\.ics)$");

    /**
     * What a kept answer may be: the pages, and the sitemap and feeds, which show the same data (news,
     * sheets, schools, events) and change on the same events. An iCalendar file's DTSTAMP then says when
     * it was rendered, which is what it means.
     */
    private static final List<String> KEPT_TYPES =
            List.of("text/html", "application/xml", "application/rss+xml", "application/atom+xml", "text/calendar");

    private static final Set<String> NOT_KEPT = Set.of(
            "set-cookie",
            "date",
            "content-length",
            "content-type",
            "transfer-encoding",
            "connection",
            "keep-alive",
            "cache-control",
            "pragma",
            "expires",
            "etag");

    /** A cache in front may keep the page, and asks again each time (a 304 is cheap, changes show at once). */
    static final String CACHE_CONTROL = "public, no-cache";

    private final PublicPages pages;

    PublicPageFilter(PublicPages pages) {
        this.pages = pages;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        if (!pages.active()
                || !"GET".equals(request.getMethod())
                || request.getHeader("HX-Request") != null
                || request.getHeader(HttpHeaders.ORIGIN) != null
                || request.getHeader(HttpHeaders.AUTHORIZATION) != null
                || request.getRequestedSessionId() != null
                || request.getSession(false) != null) {
            return true;
        }
        var tenant = TenantRequest.of(request).orElse(null);
        return tenant == null
                || tenant.mode() == TenantRequest.Mode.FRAGMENT
                || !CACHED.matcher(tenant.chemin()).matches();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = key(request);
        var page = pages.find(key);
        if (page != null) {
            send(page, request, response);
            return;
        }
        long generation = pages.generation();
        var wrapper = new ContentCachingResponseWrapper(response);
        // Before the chain, so that Spring Security leaves it (and adds no Pragma or Expires).
        response.setHeader(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
        chain.doFilter(request, wrapper);
        if (!keepable(request, wrapper)) {
            if (!response.isCommitted()) {
                // Spring Security's default, which it would have written: this answer is no one else's.
                response.setHeader(HttpHeaders.CACHE_CONTROL, "no-cache, no-store, max-age=0, must-revalidate");
                response.setHeader(HttpHeaders.PRAGMA, "no-cache");
                response.setHeader(HttpHeaders.EXPIRES, "0");
            }
            wrapper.copyBodyToResponse();
            return;
        }
        byte[] body = wrapper.getContentAsByteArray();
        List<PublicPages.Page.Header> headers = new ArrayList<>();
        for (String name : response.getHeaderNames()) {
            if (!NOT_KEPT.contains(name.toLowerCase(Locale.ROOT))) {
                for (String value : response.getHeaders(name)) {
                    headers.add(new PublicPages.Page.Header(name, value));
                }
            }
        }
        String contentType = wrapper.getContentType();
        page = new PublicPages.Page(
                body, contentType == null ? "text/html" : contentType, List.copyOf(headers), PublicPages.etag(body));
        pages.keep(key, page, generation);
        response.setHeader(HttpHeaders.ETAG, page.etag());
        if (notModified(request, page.etag())) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        wrapper.copyBodyToResponse();
    }

    private static boolean keepable(HttpServletRequest request, ContentCachingResponseWrapper response) {
        String type = response.getContentType();
        return response.getStatus() == HttpServletResponse.SC_OK
                && type != null
                && KEPT_TYPES.stream().anyMatch(type::startsWith)
                && !response.isCommitted()
                && response.getHeader(HttpHeaders.SET_COOKIE) == null
                && request.getSession(false) == null;
    }

    private static void send(PublicPages.Page page, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        for (var h : page.headers()) {
            response.addHeader(h.name(), h.value());
        }
        response.setHeader(HttpHeaders.ETAG, page.etag());
        response.setHeader(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
        if (notModified(request, page.etag())) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(page.contentType());
        response.setContentLength(page.body().length);
        response.getOutputStream().write(page.body());
    }

    /** If-None-Match with the weak comparison GET allows (RFC 9110, 13.1.2). */
    static boolean notModified(HttpServletRequest request, String etag) {
        String ifNoneMatch = request.getHeader(HttpHeaders.IF_NONE_MATCH);
        if (ifNoneMatch == null) {
            return false;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.strip();
            if (tag.equals("*") || (tag.startsWith("W/") ? tag.substring(2) : tag).equals(etag)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Everything the page depends on besides the data: origin, base path and mode, path, parameters.
     * The parameters are read from the request (sorted, so that their order in the URL does not make
     * two entries), not from the raw query string: that is what the controllers read, and a request
     * built without a query string (a forward, a test's MockMvc) must not share the unfiltered page.
     */
    static String key(HttpServletRequest request) {
        var tenant = TenantRequest.of(request).orElseThrow();
        var parameters = new StringBuilder();
        new TreeMap<>(request.getParameterMap()).forEach((name, values) -> {
            for (String value : values) {
                parameters
                        .append(parameters.isEmpty() ? '?' : '&')
                        .append(encode(name))
                        .append('=')
                        .append(encode(value));
            }
        });
        return PublicPages.key(
                tenant.collectivite().id(),
                request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort() + " "
                        + tenant.mode() + " " + tenant.basePath() + " " + tenant.chemin() + parameters);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
