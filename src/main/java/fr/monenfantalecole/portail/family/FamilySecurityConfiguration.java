package fr.monenfantalecole.portail.family;

import fr.monenfantalecole.portail.account.SecurityHeaders;
import fr.monenfantalecole.portail.shared.MapProperties;
import fr.monenfantalecole.portail.tenant.TenantRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/**
 * The family pages ({@code /{slug}/compte/…} and {@code /{slug}/mon-espace/…}) have their own security
 * chain, before the staff one. Its security context lives under its own session key, so a staff
 * member signed in is not a family there, and a family is nobody in the back office. Sign-in is done by
 * {@link FamilySignIn} (the portal's own form, or OpenID Connect); the session id changes at sign-in.
 */
@Configuration(proxyBeanMethods = false)
class FamilySecurityConfiguration {

    static final String CONTEXT_KEY = "portail.famille.context";

    @Bean
    HttpSessionSecurityContextRepository familyContextRepository() {
        var repository = new HttpSessionSecurityContextRepository();
        repository.setSpringSecurityContextKey(CONTEXT_KEY);
        return repository;
    }

    @Bean
    @Order(1)
    SecurityFilterChain familySecurityFilterChain(
            HttpSecurity http,
            HttpSessionSecurityContextRepository familyContextRepository,
            Adults adults,
            MapProperties map)
            throws Exception {
        http.securityMatcher("/*/compte/**", "/*/mon-espace", "/*/mon-espace/**")
                .securityContext(context -> context.securityContextRepository(familyContextRepository))
                .authorizeHttpRequests(requests -> requests.requestMatchers("/*/mon-espace/agenda/*.ics")
                        .permitAll()
                        .requestMatchers("/*/mon-espace", "/*/mon-espace/**")
                        .hasRole(FamilySignIn.ROLE)
                        .anyRequest()
                        .permitAll())
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint((request, response, e) -> {
                    var tenant = TenantRequest.of(request);
                    if (tenant.isEmpty()) {
                        response.sendError(HttpServletResponse.SC_NOT_FOUND);
                    } else {
                        response.sendRedirect(tenant.get().basePath() + "/compte/connexion");
                    }
                }))
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
                .logout(logout -> logout.disable())
                .formLogin(form -> form.disable())
                .httpBasic(basic -> basic.disable())
                .addFilterBefore(new FamilySessionGate(adults, familyContextRepository), AuthorizationFilter.class);
        SecurityHeaders.apply(http, map);
        return http.build();
    }
}
