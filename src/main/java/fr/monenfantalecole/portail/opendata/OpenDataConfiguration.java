package fr.monenfantalecole.portail.opendata;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * The filters of the open formats, after tenant resolution (so that a collectivité's own host
 * name is already turned into its path) and before Spring Security: the rate limit first, so that
 * 304s and the answers sent from memory count too; then, after the memory of public answers
 * ({@code tenant.PublicPageFilter}, HIGHEST_PRECEDENCE + 110), the conditional GET, which hashes an
 * answer only when it is computed: a kept answer carries the ETag and Last-Modified it gave it.
 */
@Configuration(proxyBeanMethods = false)
class OpenDataConfiguration {

    @Bean
    FilterRegistrationBean<RateLimitFilter> apiRateLimitFilter(ApiLimitProperties limits) {
        var registration = new FilterRegistrationBean<>(new RateLimitFilter(limits));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 25);
        return registration;
    }

    @Bean
    FilterRegistrationBean<ConditionalGetFilter> conditionalGetFilter() {
        var registration = new FilterRegistrationBean<>(new ConditionalGetFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 115);
        return registration;
    }
}
