package fr.monenfantalecole.portail.shared.web;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * {@link RequestAdmission} after the public pages served from memory (tenant module,
 * HIGHEST_PRECEDENCE + 110) and before Spring Security, so that a page kept in memory never waits.
 */
@Configuration(proxyBeanMethods = false)
class AdmissionConfiguration {

    static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 120;

    @Bean
    FilterRegistrationBean<RequestAdmission> requestAdmission(
            @Value("${portail.requetes.simultanees:24}") int atOnce,
            @Value("${portail.requetes.attente-max:20s}") Duration longestWait,
            MeterRegistry registry) {
        var admission = new RequestAdmission(atOnce, longestWait);
        Gauge.builder("portail.requetes.en_attente", admission, RequestAdmission::waiting)
                .description("Requests waiting for their turn (portail.requetes.simultanees at work)")
                .register(registry);
        var registration = new FilterRegistrationBean<>(admission);
        registration.setOrder(ORDER);
        return registration;
    }
}
