package fr.monenfantalecole.portail.tenant;

import fr.monenfantalecole.portail.account.AdminPage;
import fr.monenfantalecole.portail.account.StaffPrincipal;
import fr.monenfantalecole.portail.shared.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * A proper "page introuvable" in French: inside the collectivité's portal when the request has
 * one, in the back office for a signed-in agent, on the platform page otherwise (an unknown
 * collectivité). The status stays 404 everywhere: another collectivité's ids are not confirmed to exist.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE + 10) // after the JSON errors of the public API (opendata.ApiErrorAdvice)
class NotFoundAdvice {

    @ExceptionHandler({NotFoundException.class, NoResourceFoundException.class})
    ModelAndView notFound(HttpServletRequest request, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        if (request.getRequestURI().startsWith("/admin/")
                && SecurityContextHolder.getContext().getAuthentication() != null
                && SecurityContextHolder.getContext().getAuthentication().getPrincipal() instanceof StaffPrincipal user
                && request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken csrf) {
            // An agent stays in the back office: the page is not theirs (another collectivité's, or gone).
            var view = new ModelAndView("error/adminNotFound");
            view.addObject(
                    "page",
                    new AdminPage(
                            user.nom(),
                            user.isPlatformAdmin(),
                            user.isNationalEditor(),
                            csrf.getParameterName(),
                            csrf.getToken(),
                            user.isSchoolDirector()));
            return view;
        }
        var tenant = TenantRequest.of(request);
        if (tenant.isPresent()) {
            var view = new ModelAndView("error/tenantNotFound");
            view.addObject("site", tenant.get().site());
            return view;
        }
        return new ModelAndView("error/notFound");
    }
}
