package fr.monenfantalecole.portail.tenant.web;

import fr.monenfantalecole.portail.shared.NotFoundException;
import fr.monenfantalecole.portail.tenant.TenantRequest;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * A proper "page introuvable" in French: inside the collectivité's portal when the request has
 * one, on the platform page otherwise (an unknown collectivité).
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE + 10) // after the JSON errors of the public API (opendata.ApiErrorAdvice)
class NotFoundAdvice {

    @ExceptionHandler({NotFoundException.class, NoResourceFoundException.class})
    ModelAndView notFound(HttpServletRequest request, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        var tenant = TenantRequest.of(request);
        if (tenant.isPresent()) {
            var view = new ModelAndView("error/tenantNotFound");
            view.addObject("site", tenant.get().site());
            return view;
        }
        return new ModelAndView("error/notFound");
    }
}
