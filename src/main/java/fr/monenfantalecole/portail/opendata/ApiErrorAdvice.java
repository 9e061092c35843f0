package fr.monenfantalecole.portail.opendata;

import fr.monenfantalecole.portail.shared.NotFoundException;
import fr.monenfantalecole.portail.shared.web.BadApiRequest;
import fr.monenfantalecole.portail.shared.web.PublicApi;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * The errors of every {@link PublicApi} controller, in one JSON shape ({@link ApiError}) whatever
 * module the endpoint lives in. It comes before the portal's HTML advices (a page "introuvable",
 * "revenez dans quelques secondes"), which answer every other controller. The 429 of the rate limit
 * is written by {@link RateLimitFilter} in the same shape.
 */
@RestControllerAdvice(annotations = PublicApi.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiErrorAdvice {

    /** As the HTML pages say it: a burst beyond what the node serves passes in a few seconds. */
    static final String RETRY_AFTER_SECONDS = "5";

    @ExceptionHandler(NotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    ApiError notFound(NotFoundException e) {
        return new ApiError(message(e));
    }

    @ExceptionHandler(BadApiRequest.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    ApiError badRequest(BadApiRequest e) {
        return new ApiError(e.getMessage(), e.fields());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    ApiError typeMismatch(MethodArgumentTypeMismatchException e) {
        return new ApiError("Paramètre illisible : " + e.getName() + ".");
    }

    @ExceptionHandler(CannotGetJdbcConnectionException.class)
    @ResponseStatus(HttpStatus.SERVICE_UNAVAILABLE)
    ApiError busy(HttpServletResponse response) {
        response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
        return new ApiError("Le service est très sollicité : réessayez dans quelques secondes.");
    }

    private static String message(RuntimeException e) {
        String message = e.getMessage();
        return message == null ? "Introuvable." : message;
    }
}
