package fr.monenfantalecole.portail.shared.web;

import fr.monenfantalecole.portail.shared.StartupTasks;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A node takes no traffic before its {@link StartupTasks} are done (demo data, search index): until
 * then every request but the probes gets a 503 with Retry-After at once, which a load balancer retries
 * on another node (nginx's {@code proxy_next_upstream http_503}) and a browser shows as "come back in a
 * moment". Before this, a starting node accepted requests and made them wait for the demo load (up to
 * 42 s in a rolling restart) or answered 404. Once ready, the cost is one volatile read.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class StartingNodeFilter extends OncePerRequestFilter {

    static final String RETRY_AFTER_SECONDS = "2";

    static final String MESSAGE = "Le portail démarre : réessayez dans quelques secondes.";

    /** The probes (and the actuator when it shares the port): they must say how the node is. Raw paths. */
    private static final Pattern PROBES = Pattern.compile("/(?:livez|readyz)|/actuator(?:/[A-Za-z0-9_-]+)*");

    private static final byte[] PAGE = ("<!doctype html><html lang=\"fr\"><head><meta charset=\"utf-8\">"
                    + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                    + "<title>Le portail démarre</title></head><body><main><h1>Le portail démarre</h1>"
                    + "<p>" + MESSAGE + "</p></main></body></html>")
            .getBytes(StandardCharsets.UTF_8);

    private static final byte[] JSON = ("{\"erreur\":\"" + MESSAGE + "\"}").getBytes(StandardCharsets.UTF_8);

    private final StartupTasks startup;

    StartingNodeFilter(StartupTasks startup) {
        this.startup = startup;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (startup.ready() || PROBES.matcher(request.getRequestURI()).matches()) {
            chain.doFilter(request, response);
            return;
        }
        boolean api = request.getRequestURI().startsWith("/api/");
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        response.setContentType((api ? "application/json" : "text/html") + ";charset=UTF-8");
        byte[] body = api ? JSON : PAGE;
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
