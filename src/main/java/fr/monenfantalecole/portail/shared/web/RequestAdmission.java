package fr.monenfantalecole.portail.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * At most {@code portail.requetes.simultanees} requests at work at once; the others wait their turn in
 * the order they came (a fair semaphore), and one that waited {@code portail.requetes.attente-max} is told
 * to come back (503, Retry-After).
 *
 * <p>Why: with virtual threads Tomcat starts every request it accepts at once. Under a burst (the soak's
 * 256 connections on two cores) hundreds of requests then compete for ten database connections and two
 * cores, and neither the pool's hand-off nor the scheduler serves them in order: most answered in half a
 * second while a few waited over ten. Admitted in order, a request waits for those ahead of it only.
 * Public pages served from memory and static files run before this filter (they need neither a
 * connection nor much CPU); the probes never wait.
 */
class RequestAdmission extends OncePerRequestFilter {

    static final String MESSAGE = "Le portail est très demandé en ce moment : réessayez dans quelques secondes.";

    static final String RETRY_AFTER_SECONDS = "5";

    private static final Pattern PROBES = Pattern.compile("/(?:livez|readyz)|/actuator(?:/[A-Za-z0-9_-]+)*");

    private final Semaphore permits;
    private final Duration longestWait;

    RequestAdmission(int atOnce, Duration longestWait) {
        if (atOnce < 1) {
            throw new IllegalArgumentException("portail.requetes.simultanees must be at least 1");
        }
        this.permits = new Semaphore(atOnce, true);
        this.longestWait = longestWait;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return PROBES.matcher(request.getRequestURI()).matches();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean admitted;
        try {
            admitted = permits.tryAcquire(longestWait.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            admitted = false;
        }
        if (!admitted) {
            Unavailable.write(request, response, "Portail très demandé", MESSAGE, RETRY_AFTER_SECONDS);
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            permits.release();
        }
    }

    /** Requests waiting for their turn now (a gauge). */
    int waiting() {
        return permits.getQueueLength();
    }
}
