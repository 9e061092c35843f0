package fr.monenfantalecole.portail.tenant;

import fr.monenfantalecole.portail.shared.web.PageFacts;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
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
 * It runs after tenant resolution, the API's rate limit and the audience measurement, before the open
 * formats' conditional GET and Spring Security, whose headers (Content-Security-Policy…) are kept with the
 * page and sent again. The search and carte scolaire API answers are kept the same way ({@link
 * PublicApiAnswers}), with the ETag, Last-Modified and Cache-Control their conditional GET gave them.
 */
class PublicPageFilter extends OncePerRequestFilter {

    /** The pages kept, by their path inside the portal (after the slug). */
    static final Pattern CACHED = Pattern.compile("^/?$|^/(questions(/[^/]+){0,2}|ecoles(/[^/]+)?"
            + "|actualites(/[^/]+)?|agenda(/[0-9]{1,12})?|structures/[0-9]+"
            + "|sitemap\\.xml|actualites\\.(rss|atom)|agenda\\.ics)$");

    /**
     * What a kept answer may be: the pages, the sitemap and feeds, which show the same data (news,
     * sheets, schools, events) and change on the same events, and the API's JSON. An iCalendar file's
     * DTSTAMP then says when it was rendered, which is what it means.
     */
    private static final List<String> KEPT_TYPES = List.of(
            "text/html",
            "application/xml",
            "application/rss+xml",
            "application/atom+xml",
            "text/calendar",
            "application/json");

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
            "etag",
            "x-ratelimit-limit",
            "x-ratelimit-remaining",
            "retry-after");

    /** The collectivité of a kept API answer, found by {@link #shouldNotFilter}. */
    private static final String API_COLLECTIVITE = PublicPageFilter.class.getName() + ".api";

    /** A cache in front may keep the page, and asks again each time (a 304 is cheap, changes show at once). */
    static final String CACHE_CONTROL = "public, no-cache";

    private final PublicPages pages;
    private final PublicApiAnswers apis;

    PublicPageFilter(PublicPages pages) {
        this(pages, slug -> Optional.empty());
    }

    PublicPageFilter(PublicPages pages, Function<String, Optional<Collectivite>> bySlug) {
        this.pages = pages;
        this.apis = new PublicApiAnswers(bySlug);
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
        if (tenant == null) {
            var collectivite = apis.of(request);
            if (collectivite == null) {
                return true;
            }
            request.setAttribute(API_COLLECTIVITE, collectivite); // looked up once per request
            return false;
        }
        return tenant.mode() == TenantRequest.Mode.FRAGMENT
                || !CACHED.matcher(tenant.chemin()).matches();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var collectivite = request.getAttribute(API_COLLECTIVITE) instanceof Collectivite c ? c : null;
        boolean api = collectivite != null;
        String key = collectivite != null
                ? PublicApiAnswers.key(collectivite, request, PublicApiAnswers.parameters(request))
                : key(request);
        var page = pages.find(key);
        if (page != null && !page.current()) {
            // Computed from a source replaced since (the search index rebuilt after a change): compute it again.
            pages.drop(key, page);
            page = null;
        }
        if (page != null) {
            send(page, request, response);
            return;
        }
        long generation = pages.generation();
        var wrapper = new ContentCachingResponseWrapper(response);
        if (!api) {
            // Before the chain, so that Spring Security leaves it (and adds no Pragma or Expires). The API's
            // own (opendata.ConditionalGetFilter, after this one) says whether an answer is personal.
            response.setHeader(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
        }
        chain.doFilter(request, wrapper);
        if (!keepable(request, wrapper)) {
            if (!api && !response.isCommitted() && wrapper.getStatus() != HttpServletResponse.SC_NOT_MODIFIED) {
                // Spring Security's default, which it would have written: this answer is no one else's.
                response.setHeader(HttpHeaders.CACHE_CONTROL, "no-cache, no-store, max-age=0, must-revalidate");
                response.setHeader(HttpHeaders.PRAGMA, "no-cache");
                response.setHeader(HttpHeaders.EXPIRES, "0");
            }
            wrapper.copyBodyToResponse();
            return;
        }
        page = keep(key, request, response, wrapper, generation);
        response.setHeader(HttpHeaders.ETAG, page.etag());
        if (PageValidators.notModified(request, page)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        wrapper.copyBodyToResponse();
    }

    /**
     * Keeps what the chain answered, with the headers to send again (not those of this request alone: the
     * rate limit's, a cookie), the validator the conditional GET of the open formats gave it if any (so that
     * a client's ETag is the same whether the answer was computed or sent from memory), the facts the
     * counting reads and what says whether its sources are still current.
     */
    private PublicPages.Page keep(
            String key,
            HttpServletRequest request,
            HttpServletResponse response,
            ContentCachingResponseWrapper wrapper,
            long generation) {
        byte[] body = wrapper.getContentAsByteArray();
        List<PublicPages.Page.Header> headers = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        // Tomcat names a header once per value (three Vary lines: "Vary" three times): each name once.
        for (String name : response.getHeaderNames()) {
            String lower = name.toLowerCase(Locale.ROOT);
            if (!NOT_KEPT.contains(lower) && seen.add(lower)) {
                for (String value : response.getHeaders(name)) {
                    headers.add(new PublicPages.Page.Header(name, value));
                }
            }
        }
        Map<String, Object> facts = new HashMap<>();
        for (String fact : PageFacts.KEPT_WITH_THE_ANSWER) {
            Object value = request.getAttribute(fact);
            if (value != null) {
                facts.put(fact, value);
            }
        }
        String contentType = wrapper.getContentType();
        String etag = response.getHeader(HttpHeaders.ETAG);
        String cacheControl = response.getHeader(HttpHeaders.CACHE_CONTROL);
        var page = new PublicPages.Page(
                body,
                contentType == null ? "text/html" : contentType,
                List.copyOf(headers),
                etag == null ? PublicPages.etag(body) : etag,
                cacheControl == null ? CACHE_CONTROL : cacheControl,
                request.getAttribute(PageFacts.VALID_WHILE) instanceof BooleanSupplier valid ? valid : null,
                Map.copyOf(facts));
        pages.keep(key, page, generation);
        return page;
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
        page.facts().forEach(request::setAttribute);
        for (var h : page.headers()) {
            response.addHeader(h.name(), h.value());
        }
        response.setHeader(HttpHeaders.ETAG, page.etag());
        response.setHeader(HttpHeaders.CACHE_CONTROL, page.cacheControl());
        if (PageValidators.notModified(request, page)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(page.contentType());
        response.setContentLength(page.body().length);
        response.getOutputStream().write(page.body());
    }

    /**
     * Everything the page depends on besides the data: origin, base path and mode, path, parameters.
     * The parameters are read from the request (sorted, so that their order in the URL does not make
     * two entries), not from the raw query string: that is what the controllers read, and a request
     * built without a query string (a forward, a test's MockMvc) must not share the unfiltered page.
     */
    static String key(HttpServletRequest request) {
        var tenant = TenantRequest.of(request).orElseThrow();
        return PublicPages.key(
                tenant.collectivite().id(),
                request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort() + " "
                        + tenant.mode() + " " + tenant.basePath() + " " + tenant.chemin()
                        + PublicApiAnswers.parameters(request));
    }
}
