package fr.monenfantalecole.portail.opendata;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * ETag and Last-Modified on the JSON API and the feeds, and 304 Not Modified for a client that
 * already has the body. The ETag is a hash of the body (an iCalendar DTSTAMP, which only says when
 * the file was written, is left out of it), so any change of content gives a new one, whatever
 * module changed it. Last-Modified is when this node first served that body for that URL: it
 * moves exactly when the content does. A body forgotten by the bounded map only gets a later
 * date, which costs a full answer, never a stale 304.
 */
class ConditionalGetFilter extends OncePerRequestFilter {

    private record Seen(String etag, Instant since) {}

    private final Cache<String, Seen> seen = Caffeine.newBuilder()
            .maximumSize(50_000)
            .expireAfterAccess(Duration.ofDays(7))
            .build();

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        // GET only: a HEAD answer has no body to hash, and must not record an ETag of nothing.
        return !"GET".equals(request.getMethod()) || !OpenFormats.isOpenFormat(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var wrapper = new ContentCachingResponseWrapper(response);
        // Before the chain: Spring Security writes "no-store" unless a Cache-Control is already there.
        // Caches may keep an open format but must ask again each time (a 304 is cheap, changes show at once);
        // an answer about a family's income or address is kept by no one.
        wrapper.setHeader(
                HttpHeaders.CACHE_CONTROL, OpenFormats.isPersonal(request) ? "private, no-store" : "public, no-cache");
        chain.doFilter(request, wrapper);
        if (wrapper.getStatus() != HttpServletResponse.SC_OK) {
            wrapper.copyBodyToResponse();
            return;
        }
        String etag = etag(wrapper.getContentAsByteArray(), wrapper.getContentType());
        // A digest, not the address itself: queries can hold what a parent typed (an address, an income).
        String key = digest(request.getServerName() + "|" + OpenFormats.path(request) + "?"
                + (request.getQueryString() == null ? "" : request.getQueryString()));
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Seen current = seen.asMap()
                .compute(key, (k, old) -> old != null && old.etag().equals(etag) ? old : new Seen(etag, now));
        wrapper.setHeader(HttpHeaders.ETAG, etag);
        wrapper.setDateHeader(HttpHeaders.LAST_MODIFIED, current.since().toEpochMilli());
        if (notModified(request, etag, current.since())) {
            wrapper.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            wrapper.resetBuffer();
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        wrapper.copyBodyToResponse();
    }

    /** If-None-Match wins over If-Modified-Since (RFC 9110, 13.2.2). */
    static boolean notModified(HttpServletRequest request, String etag, Instant lastModified) {
        String ifNoneMatch = request.getHeader(HttpHeaders.IF_NONE_MATCH);
        if (ifNoneMatch != null) {
            for (String candidate : ifNoneMatch.split(",")) {
                String tag = candidate.strip();
                if (tag.equals("*") || weak(tag).equals(weak(etag))) {
                    return true;
                }
            }
            return false;
        }
        try {
            long since = request.getDateHeader(HttpHeaders.IF_MODIFIED_SINCE);
            return since >= 0 && lastModified.toEpochMilli() <= since;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String weak(String tag) {
        return tag.startsWith("W/") ? tag.substring(2) : tag;
    }

    static String etag(byte[] body, @Nullable String contentType) {
        byte[] hashed = body;
        if (contentType != null && contentType.startsWith("text/calendar")) {
            hashed = new String(body, StandardCharsets.UTF_8)
                    .replaceAll("(?m)^DTSTAMP:[^\r\n]*\r?\n", "")
                    .getBytes(StandardCharsets.UTF_8);
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(hashed);
            return "\""
                    + Base64.getUrlEncoder()
                            .withoutPadding()
                            .encodeToString(digest)
                            .substring(0, 27) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String digest(String text) {
        try {
            var sha = java.security.MessageDigest.getInstance("SHA-256");
            return java.util.HexFormat.of()
                    .formatHex(sha.digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
