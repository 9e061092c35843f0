package fr.monenfantalecole.portail.tenant;

import fr.monenfantalecole.portail.shared.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.core.Ordered;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Wires tenant resolution: the filter ahead of Spring Security, and controller arguments. */
@Configuration(proxyBeanMethods = false)
class TenantConfiguration implements WebMvcConfigurer {

    /** Before Spring Security's filter chain (order -100). */
    static final int FILTER_ORDER = Ordered.HIGHEST_PRECEDENCE + 20;

    @Bean
    FilterRegistrationBean<TenantResolutionFilter> tenantResolutionFilter(
            Collectivites collectivites, Integrations integrations, PlatformHosts platformHosts) {
        var registration =
                new FilterRegistrationBean<>(new TenantResolutionFilter(collectivites, integrations, platformHosts));
        registration.setOrder(FILTER_ORDER);
        return registration;
    }

    /**
     * After the audience measurement (HIGHEST_PRECEDENCE + 50), which must count the pages served from
     * memory too, and the API's rate limit (+25), which applies to answers sent from memory too; before
     * the open formats' conditional GET (+115), which a kept answer does not need again, and Spring Security.
     */
    static final int PAGE_CACHE_ORDER = Ordered.HIGHEST_PRECEDENCE + 110;

    @Bean
    FilterRegistrationBean<PublicPageFilter> publicPageFilter(PublicPages pages, Collectivites collectivites) {
        var registration = new FilterRegistrationBean<>(new PublicPageFilter(pages, collectivites::findBySlug));
        registration.setOrder(PAGE_CACHE_ORDER);
        return registration;
    }

    private final ManagedCollectivites managed;

    TenantConfiguration(ManagedCollectivites managed) {
        this.managed = managed;
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        // The managed one first: a @Managed Collectivite is the back office's, not the public host's.
        resolvers.add(new ManagedCollectiviteResolver(managed));
        resolvers.add(new TenantArgumentResolver());
    }

    /** Controllers under /{slug}/ take a TenantRequest or a Collectivite; unknown ones are 404. */
    static final class TenantArgumentResolver implements HandlerMethodArgumentResolver {

        @Override
        public boolean supportsParameter(MethodParameter parameter) {
            var type = parameter.getParameterType();
            if (parameter.hasParameterAnnotation(Managed.class)) {
                return false;
            }
            return type == TenantRequest.class || type == Collectivite.class || type == Site.class;
        }

        @Override
        public Object resolveArgument(
                MethodParameter parameter,
                @Nullable ModelAndViewContainer mav,
                NativeWebRequest webRequest,
                @Nullable WebDataBinderFactory binderFactory) {
            var request = webRequest.getNativeRequest(HttpServletRequest.class);
            var tenant = request == null ? null : TenantRequest.of(request).orElse(null);
            if (tenant == null) {
                throw new NotFoundException("Aucune collectivité à cette adresse.");
            }
            var type = parameter.getParameterType();
            if (type == Collectivite.class) {
                return tenant.collectivite();
            }
            return type == Site.class ? tenant.site() : tenant;
        }
    }
}
