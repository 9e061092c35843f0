package fr.monenfantalecole.portail.tenant;

import fr.monenfantalecole.portail.account.StaffPrincipal;
import fr.monenfantalecole.portail.shared.NotFoundException;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.core.MethodParameter;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Resolves {@link Managed} parameters: the {@code {slug}} of the route, checked once per request against
 * the signed-in staff member's grants (the result is kept in the request for the handler's other
 * arguments and for the model attributes).
 */
final class ManagedCollectiviteResolver implements HandlerMethodArgumentResolver {

    private static final String ATTRIBUTE = ManagedCollectiviteResolver.class.getName() + ".";

    private final ManagedCollectivites managed;

    ManagedCollectiviteResolver(ManagedCollectivites managed) {
        this.managed = managed;
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.hasParameterAnnotation(Managed.class) && parameter.getParameterType() == Collectivite.class;
    }

    @Override
    public @Nullable Object resolveArgument(
            MethodParameter parameter,
            @Nullable ModelAndViewContainer mav,
            NativeWebRequest request,
            @Nullable WebDataBinderFactory binderFactory) {
        var slug = slug(request);
        if (slug == null) {
            if (parameter.isOptional() || parameter.hasParameterAnnotation(Nullable.class)) {
                return null;
            }
            throw new NotFoundException("Collectivité introuvable.");
        }
        var annotation = parameter.getParameterAnnotation(Managed.class);
        var scope = annotation == null ? Managed.Scope.MANAGE : annotation.value();
        var key = ATTRIBUTE + scope;
        if (request.getAttribute(key, RequestAttributes.SCOPE_REQUEST) instanceof Collectivite known) {
            return known;
        }
        var user = staff();
        var collectivite = switch (scope) {
            case MANAGE -> managed.require(slug, user);
            case SCHOOL_PAGES -> managed.requireSchoolPages(slug, user);
        };
        request.setAttribute(key, collectivite, RequestAttributes.SCOPE_REQUEST);
        return collectivite;
    }

    private static @Nullable String slug(NativeWebRequest request) {
        var variables =
                request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
        return variables instanceof Map<?, ?> map && map.get("slug") instanceof String slug ? slug : null;
    }

    private static StaffPrincipal staff() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof StaffPrincipal user) {
            return user;
        }
        throw new NotFoundException("Collectivité introuvable.");
    }
}
