package fr.monenfantalecole.portail.opendata;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * The filters of the open formats, after tenant resolution (so that a collectivité's own host
 * name is already turned into its path) and before Spring Security: the rate limit first, so that
 * 304s count too, then conditional GET.
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
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 30);
        return registration;
    }
}
