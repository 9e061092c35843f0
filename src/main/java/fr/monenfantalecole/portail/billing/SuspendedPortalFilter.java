package fr.monenfantalecole.portail.billing;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import fr.monenfantalecole.portail.tenant.TenantRequest;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.HtmlUtils;

/**
 * A portal the operator suspended answers every public request with a plain French page (503, so
 * that search engines keep the pages for later), never an error page. The back office stays open.
 * Whether a portal is suspended is cached for 30 seconds per node.
 */
class SuspendedPortalFilter extends OncePerRequestFilter {

    private final LoadingCache<Long, Boolean> suspended;

    SuspendedPortalFilter(Subscriptions subscriptions) {
        this.suspended = Caffeine.newBuilder()
                .expireAfterWrite(Duration.ofSeconds(30))
                .maximumSize(10_000)
                .build(subscriptions::suspended);
    }

    void forget(long collectiviteId) {
        suspended.invalidate(collectiviteId);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var tenant = TenantRequest.of(request);
        if (tenant.isEmpty()
                || !Boolean.TRUE.equals(
                        suspended.get(tenant.get().collectivite().id()))) {
            chain.doFilter(request, response);
            return;
        }
        String nom = HtmlUtils.htmlEscape(tenant.get().collectivite().nom());
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", "86400");
        response.setContentType("text/html;charset=UTF-8");
        response.getOutputStream().write(("""
                <!DOCTYPE html>
                <html lang="fr"><head><meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>Portail momentanément indisponible — %s</title></head>
                <body style="font-family: sans-serif; max-width: 40rem; margin: 3rem auto; padding: 0 1rem; line-height: 1.5">
                <main><h1>Le portail de %s est momentanément indisponible</h1>
                <p>Les informations sur l'école de vos enfants seront de nouveau en ligne prochainement.
                En attendant, adressez-vous directement à votre mairie.</p></main>
                </body></html>
                """.formatted(nom, nom)).getBytes(StandardCharsets.UTF_8));
    }
}
