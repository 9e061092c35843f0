package fr.monenfantalecole.portail.audience;

import java.time.Clock;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** Wires the measurement filter. */
@Configuration(proxyBeanMethods = false)
class AudienceConfiguration {

    /**
     * After tenant resolution (+20) so the collectivité is known, and before +100: every public response
     * passes through the filters ordered before that, page cache included, so cached pages count too.
     */
    static final int FILTER_ORDER = Ordered.HIGHEST_PRECEDENCE + 50;

    @Bean
    FilterRegistrationBean<AudienceFilter> audienceFilter(
            ViewBuffer buffer, Clock clock, AudienceProperties properties) {
        var registration = new FilterRegistrationBean<>(new AudienceFilter(buffer, clock));
        registration.setOrder(FILTER_ORDER);
        registration.setEnabled(properties.active());
        return registration;
    }
}
