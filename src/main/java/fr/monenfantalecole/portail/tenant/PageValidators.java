package fr.monenfantalecole.portail.tenant;

import jakarta.servlet.http.HttpServletRequest;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import org.springframework.http.HttpHeaders;

/** Whether a client (or a cache in front) already has the answer kept in memory: then a 304 without body. */
final class PageValidators {

    private PageValidators() {}

    /**
     * If-None-Match, or else If-Modified-Since against the Last-Modified kept with an open format's answer
     * (If-None-Match wins, RFC 9110, 13.2.2), as {@code opendata.ConditionalGetFilter} decides.
     */
    static boolean notModified(HttpServletRequest request, PublicPages.Page page) {
        if (request.getHeader(HttpHeaders.IF_NONE_MATCH) != null) {
            return notModified(request, page.etag());
        }
        for (var h : page.headers()) {
            if (h.name().equalsIgnoreCase(HttpHeaders.LAST_MODIFIED)) {
                try {
                    long since = request.getDateHeader(HttpHeaders.IF_MODIFIED_SINCE);
                    return since >= 0
                            && DateTimeFormatter.RFC_1123_DATE_TIME
                                            .parse(h.value(), Instant::from)
                                            .toEpochMilli()
                                    <= since;
                } catch (IllegalArgumentException | DateTimeException e) {
                    return false;
                }
            }
        }
        return false;
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
}
