package fr.monenfantalecole.portail.opendata;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Limits each client (its remote address) on the JSON API and the feeds with a Bucket4j token
 * bucket: over the limit, 429 with Retry-After in seconds and a French JSON message. Buckets live
 * in memory (a bounded Caffeine map), so the limit is per node. Behind a reverse proxy the remote
 * address is the client's only when Spring's forward-headers strategy is on
 * (server.forward-headers-strategy=native or framework); X-Forwarded-For is never read here.
 */
class RateLimitFilter extends OncePerRequestFilter {

    private final ApiLimitProperties limits;
    private final Cache<String, Bucket> buckets;

    RateLimitFilter(ApiLimitProperties limits) {
        this.limits = limits;
        this.buckets = Caffeine.newBuilder()
                .maximumSize(limits.clientsSuivis())
                .expireAfterAccess(Duration.ofMinutes(10))
                .build();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !limits.active() || !OpenFormats.isOpenFormat(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var bucket = buckets.get(
                request.getRemoteAddr(),
                k -> Bucket.builder()
                        .addLimit(Bandwidth.builder()
                                .capacity(limits.rafale())
                                .refillGreedy(limits.parMinute(), Duration.ofMinutes(1))
                                .build())
                        .build());
        var probe = bucket.tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            response.setHeader("X-RateLimit-Limit", String.valueOf(limits.parMinute()));
            response.setHeader("X-RateLimit-Remaining", String.valueOf(probe.getRemainingTokens()));
            chain.doFilter(request, response);
            return;
        }
        long seconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill() + 999_999_999L));
        response.setStatus(429);
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(seconds));
        response.setHeader("X-RateLimit-Limit", String.valueOf(limits.parMinute()));
        response.setHeader("X-RateLimit-Remaining", "0");
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter()
                .write(ApiError.json("Trop de requêtes : pas plus de " + limits.parMinute()
                        + " par minute. Réessayez dans " + seconds + " seconde" + (seconds > 1 ? "s" : "") + "."));
    }
}
