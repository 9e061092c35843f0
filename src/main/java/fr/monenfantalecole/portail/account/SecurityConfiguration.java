package fr.monenfantalecole.portail.account;

import fr.monenfantalecole.portail.shared.MapProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;

/**
 * The back office under /admin requires a staff login; public pages do not. Sessions live in
 * PostgreSQL (Spring Session JDBC) and change id at login; every state change needs the CSRF token.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    static final String LOGIN_PAGE = "/admin/connexion";
    static final String LAST_EMAIL = "portail.login.email";

    /**
     * No observation around each security filter, authorization and authentication: a profile under load
     * spent a good share of every request there (issue 21). The request itself is still timed
     * (http.server.requests), and logins go to the audit journal ({@code LoginEvents}).
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        // bcrypt by default, with the {id} prefix so that the algorithm can change later.
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    UserDetailsService userDetailsService(StaffUsers users) {
        return email ->
                users.findByEmail(email).orElseThrow(() -> new UsernameNotFoundException("Identifiants incorrects"));
    }

    @Bean
    SecurityFilterChain securityFilterChain(
            HttpSecurity http,
            LoginThrottle throttle,
            MapProperties map,
            StaffUsers users,
            LoginEvents events,
            SecondFactor secondFactor,
            StaffSecurityProperties security)
            throws Exception {
        var outcome = new LoginOutcome(throttle, users, events, secondFactor, security);
        http.authorizeHttpRequests(requests -> requests.requestMatchers(
                                LOGIN_PAGE,
                                "/admin/invitation",
                                "/admin/mot-de-passe-oublie",
                                "/admin/mot-de-passe/nouveau")
                        .permitAll()
                        .requestMatchers("/admin", "/admin/**")
                        .authenticated()
                        .anyRequest()
                        .permitAll())
                .formLogin(form -> form.loginPage(LOGIN_PAGE)
                        .loginProcessingUrl(LOGIN_PAGE)
                        .usernameParameter("email")
                        .passwordParameter("motDePasse")
                        .successHandler(outcome)
                        .failureHandler(outcome))
                .logout(logout -> logout.logoutUrl("/admin/deconnexion").logoutSuccessUrl(LOGIN_PAGE + "?deconnecte"))
                .exceptionHandling(exceptions -> exceptions.accessDeniedHandler(new FormRescue(LOGIN_PAGE)))
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
                .addFilterBefore(
                        new LoginAttemptFilter(throttle, users, events), UsernamePasswordAuthenticationFilter.class)
                .addFilterBefore(new StaffSessionGate(security), AuthorizationFilter.class)
                // The calculator computes and stores nothing: it must work inside a collectivité's site (third-party
                // iframe, no session cookie).
                .csrf(csrf -> csrf.ignoringRequestMatchers(request -> "POST".equals(request.getMethod())
                        && request.getRequestURI()
                                .substring(request.getContextPath().length())
                                .matches("/[a-z0-9-]+/services/quotient-familial")))
                .cors(org.springframework.security.config.Customizer.withDefaults());
        SecurityHeaders.apply(http, map);
        return http.build();
    }
}
