package fr.monenfantalecole.portail.family;

import fr.monenfantalecole.portail.account.SecurityHeaders;
import fr.monenfantalecole.portail.shared.MapProperties;
import fr.monenfantalecole.portail.tenant.TenantRequest;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;

/**
 * The family pages ({@code /{slug}/compte/…} and {@code /{slug}/mon-espace/…}) have their own security
 * chain, before the staff one. Its security context lives under its own session key, so a staff
 * member signed in is not a family there, and a family is nobody in the back office. Sign-in is done by
 * {@link FamilySignIn} (the portal's own form, or OpenID Connect); the session id changes at sign-in.
 */
@Configuration(proxyBeanMethods = false)
class FamilySecurityConfiguration {

    static final String CONTEXT_KEY = "portail.famille.context";

    private static final String OIDC_PATHS = "/plateforme/famille/oidc/**";

    @Bean
    HttpSessionSecurityContextRepository familyContextRepository() {
        var repository = new HttpSessionSecurityContextRepository();
        repository.setSpringSecurityContextKey(CONTEXT_KEY);
        return repository;
    }

    /** Found by {@code oauth2Login} for the ID token, and used for the signed UserInfo. */
    @Bean
    FamilyOidcKeys familyOidcKeys() {
        return new FamilyOidcKeys();
    }

    @Bean
    @Order(1)
    SecurityFilterChain familySecurityFilterChain(
            HttpSecurity http,
            HttpSessionSecurityContextRepository familyContextRepository,
            Adults adults,
            MapProperties map,
            FamilyOidcProvider provider,
            FamilyOidc oidc,
            FamilyOidcKeys keys)
            throws Exception {
        var oidcReturn = new FamilyOidcReturn(oidc);
        http.securityMatcher("/*/compte/**", "/*/mon-espace", "/*/mon-espace/**", OIDC_PATHS)
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
                .oauth2Login(login -> login.clientRegistrationRepository(provider)
                        .authorizationEndpoint(
                                endpoint -> endpoint.authorizationRequestResolver(new FamilyOidcRequests(provider)))
                        .loginProcessingUrl(FamilyOidcProvider.CALLBACK)
                        .authorizedClientRepository(new NoAuthorizedClients())
                        // FranceConnect v2 signs its UserInfo answer: Spring's service only reads JSON.
                        .userInfoEndpoint(userInfo -> userInfo.oidcUserService(new FamilyOidcUsers(keys)))
                        // The provider's identity is not a family: FamilyOidc decides, then signs in.
                        .securityContextRepository(new RequestAttributeSecurityContextRepository())
                        .successHandler(oidcReturn)
                        .failureHandler(oidcReturn))
                .formLogin(form -> form.disable())
                .httpBasic(basic -> basic.disable())
                .addFilterBefore(new FamilySessionGate(adults, familyContextRepository), AuthorizationFilter.class);
        // The logout form ends at the provider's end-session endpoint: CSP's form-action must allow it.
        SecurityHeaders.apply(http, map, () -> provider.origin().orElse(""));
        return http.build();
    }

    /** The portal never calls the provider's APIs after sign-in: its tokens are not kept. */
    private static final class NoAuthorizedClients implements OAuth2AuthorizedClientRepository {

        @Override
        public <T extends OAuth2AuthorizedClient> @Nullable T loadAuthorizedClient(
                String clientRegistrationId, @Nullable Authentication principal, HttpServletRequest request) {
            return null;
        }

        @Override
        public void saveAuthorizedClient(
                OAuth2AuthorizedClient authorizedClient,
                Authentication principal,
                HttpServletRequest request,
                HttpServletResponse response) {}

        @Override
        public void removeAuthorizedClient(
                String clientRegistrationId,
                @Nullable Authentication principal,
                HttpServletRequest request,
                HttpServletResponse response) {}
    }
}
