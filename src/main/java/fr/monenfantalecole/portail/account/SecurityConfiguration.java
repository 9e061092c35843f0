package fr.monenfantalecole.portail.account;

import fr.monenfantalecole.portail.shared.MapProperties;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import fr.monenfantalecole.portail.shared.web.FrameAncestors;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The back office under /admin requires a staff login; public pages do not. Sessions live in
 * PostgreSQL (Spring Session JDBC) and change id at login; every state change needs the CSRF token.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    static final String LOGIN_PAGE = "/admin/connexion";
    static final String LAST_EMAIL = "portail.login.email";

    @Bean
    PasswordEncoder passwordEncoder() {
        // bcrypt by default, with the {id} prefix so that the algorithm can change later.
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    UserDetailsService userDetailsService(StaffUsers users) {
        return email -> users.findByEmail(email)
                .orElseThrow(() -> new UsernameNotFoundException("Identifiants incorrects"));
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, LoginThrottle throttle, MapProperties map)
            throws Exception {
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers(LOGIN_PAGE, "/admin/invitation", "/admin/mot-de-passe-oublie", "/admin/mot-de-passe/nouveau").permitAll()
                        .requestMatchers("/admin", "/admin/**").authenticated()
                        .anyRequest().permitAll())
                .formLogin(form -> form
                        .loginPage(LOGIN_PAGE)
                        .loginProcessingUrl(LOGIN_PAGE)
                        .usernameParameter("email")
                        .passwordParameter("motDePasse")
                        .successHandler((request, response, authentication) -> {
                            throttle.recordSuccess(authentication.getName());
                            request.getSession().removeAttribute(LAST_EMAIL);
                            // Back to a form posted after the session expired, whose fields were kept.
                            response.sendRedirect(request.getContextPath()
                                    + FormRescue.pendingPath(request).filter(path -> path.startsWith("/admin/")).orElse("/admin"));
                        })
                        .failureHandler((request, response, exception) -> {
                            String email = emailOf(request);
                            throttle.recordFailure(email, request.getRemoteAddr());
                            request.getSession().setAttribute(LAST_EMAIL, email);
                            response.sendRedirect(request.getContextPath() + LOGIN_PAGE + "?erreur");
                        }))
                .logout(logout -> logout
                        .logoutUrl("/admin/deconnexion")
                        .logoutSuccessUrl(LOGIN_PAGE + "?deconnecte"))
                .exceptionHandling(exceptions -> exceptions.accessDeniedHandler(new FormRescue(LOGIN_PAGE)))
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
                .addFilterBefore(new ThrottleFilter(throttle), UsernamePasswordAuthenticationFilter.class)
                // The calculator computes and stores nothing: it must work inside a collectivité's site (third-party iframe, no session cookie).
                .csrf(csrf -> csrf.ignoringRequestMatchers(request -> "POST".equals(request.getMethod())
                        && request.getRequestURI().substring(request.getContextPath().length())
                                .matches("/[a-z0-9-]+/services/quotient-familial")))
                .cors(org.springframework.security.config.Customizer.withDefaults())
                .headers(headers -> headers
                        // Framing is governed by CSP frame-ancestors, per page: 'self', plus the origins a
                        // collectivité allowed for its embeddable pages.
                        .frameOptions(frame -> frame.disable())
                        .addHeaderWriter((request, response) -> response.setHeader("Content-Security-Policy",
                                contentSecurityPolicy(map, FrameAncestors.sources(request))))
                        .referrerPolicy(referrer -> referrer.policy(
                                ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)));
        return http.build();
    }

    static String contentSecurityPolicy(MapProperties map, String frameAncestors) {
        return "default-src 'self'; img-src 'self' data: " + map.tileOrigin()
                + "; style-src 'self'; script-src 'self'; object-src 'none'; base-uri 'self'; "
                + "form-action 'self'; frame-ancestors " + frameAncestors;
    }

    private static String emailOf(HttpServletRequest request) {
        String email = request.getParameter("email");
        return email == null ? "" : email.strip();
    }

    /** Refuses a login attempt before checking the password when too many have failed. */
    private static final class ThrottleFilter extends OncePerRequestFilter {

        private final LoginThrottle throttle;

        ThrottleFilter(LoginThrottle throttle) {
            this.throttle = throttle;
        }

        @Override
        protected boolean shouldNotFilter(HttpServletRequest request) {
            return !("POST".equals(request.getMethod())
                    && LOGIN_PAGE.equals(request.getRequestURI().substring(request.getContextPath().length())));
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            String email = emailOf(request);
            if (throttle.isBlocked(email, request.getRemoteAddr())) {
                request.getSession().setAttribute(LAST_EMAIL, email);
                response.sendRedirect(request.getContextPath() + LOGIN_PAGE + "?bloque");
                return;
            }
            chain.doFilter(request, response);
        }
    }
}
