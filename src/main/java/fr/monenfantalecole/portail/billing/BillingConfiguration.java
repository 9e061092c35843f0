package fr.monenfantalecole.portail.billing;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** The suspended-portal filter runs right after the tenant is resolved, before security and pages. */
@Configuration
class BillingConfiguration {

    @Bean
    SuspendedPortalFilter suspendedPortalFilter(Subscriptions subscriptions) {
        return new SuspendedPortalFilter(subscriptions);
    }

    @Bean
    FilterRegistrationBean<SuspendedPortalFilter> suspendedPortalRegistration(SuspendedPortalFilter filter) {
        var registration = new FilterRegistrationBean<>(filter);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 21);
        return registration;
    }
}
