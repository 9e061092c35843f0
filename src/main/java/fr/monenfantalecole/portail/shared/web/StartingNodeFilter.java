package fr.monenfantalecole.portail.shared.web;

import fr.monenfantalecole.portail.shared.StartupTasks;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
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
        Unavailable.write(request, response, "Le portail démarre", MESSAGE, RETRY_AFTER_SECONDS);
    }
}
