package fr.monenfantalecole.portail.tenant;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;

/**
 * Cross-origin reads by a collectivité's own website: the fragments the embed script renders and
 * the collectivité's public API, for the origins it allowed, and nothing else.
 */
@Configuration(proxyBeanMethods = false)
class EmbeddingCors {

    @Bean
    CorsConfigurationSource corsConfigurationSource(Collectivites collectivites, Integrations integrations) {
        return request -> {
            var tenant = TenantRequest.of(request).orElse(null);
            if (tenant != null) {
                return tenant.mode() == TenantRequest.Mode.FRAGMENT
                        ? config(tenant.integration().origines())
                        : null;
            }
            String slug = apiSlug(request);
            if (slug == null) {
                return null;
            }
            return collectivites
                    .findBySlug(slug)
                    .map(c -> config(integrations.of(c.id()).origines()))
                    .orElse(null);
        };
    }

    /** The collectivité of /api/v1/{slug}/…, or null. */
    static @Nullable String apiSlug(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!path.startsWith("/api/v1/")) {
            return null;
        }
        String rest = path.substring("/api/v1/".length());
        int slash = rest.indexOf('/');
        return slash <= 0 ? null : rest.substring(0, slash);
    }

    private static CorsConfiguration config(List<String> origins) {
        var config = new CorsConfiguration();
        config.setAllowedOrigins(origins);
        config.setAllowedMethods(List.of("GET", "HEAD", "POST"));
        config.setAllowedHeaders(List.of("Accept", "Accept-Language", "If-None-Match", "If-Modified-Since"));
        config.setExposedHeaders(List.of("ETag", "Last-Modified", "Retry-After"));
        config.setMaxAge(Duration.ofHours(1));
        return config;
    }
}
