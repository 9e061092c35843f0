package fr.monenfantalecole.portail.shared.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * When every database connection stayed busy for the pool's whole wait (a burst beyond what the node
 * serves), the visitor is told to come back in a few seconds (503 with Retry-After, which browsers,
 * feed readers and load balancers understand), not that the portal is broken (500).
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE + 10) // after the JSON errors of the public API (opendata.ApiErrorAdvice)
class BusyAdvice {

    static final String RETRY_AFTER_SECONDS = "5";

    @ExceptionHandler(CannotGetJdbcConnectionException.class)
    ModelAndView busy(HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
        var view = new ModelAndView("error");
        view.addObject("status", HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        return view;
    }
}
