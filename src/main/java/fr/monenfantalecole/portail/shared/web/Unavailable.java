package fr.monenfantalecole.portail.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpHeaders;
import org.springframework.web.util.HtmlUtils;

/**
 * A 503 written by a filter, before any controller: a short French page, or {@code {"erreur": …}}
 * under {@code /api/}, with Retry-After (browsers, feed readers and load balancers come back) and
 * no-store (no cache keeps a "come back later").
 */
final class Unavailable {

    private Unavailable() {}

    static void write(
            HttpServletRequest request, HttpServletResponse response, String title, String message, String retryAfter)
            throws IOException {
        boolean api = request.getRequestURI().startsWith("/api/");
        byte[] body = (api
                        ? "{\"erreur\":\"" + message.replace("\"", "\\\"") + "\"}"
                        : "<!doctype html><html lang=\"fr\"><head><meta charset=\"utf-8\">"
                                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                                + "<title>" + HtmlUtils.htmlEscape(title, "UTF-8") + "</title></head><body><main><h1>"
                                + HtmlUtils.htmlEscape(title, "UTF-8") + "</h1><p>"
                                + HtmlUtils.htmlEscape(message, "UTF-8")
                                + "</p></main></body></html>")
                .getBytes(StandardCharsets.UTF_8);
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader(HttpHeaders.RETRY_AFTER, retryAfter);
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        response.setContentType((api ? "application/json" : "text/html") + ";charset=UTF-8");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
