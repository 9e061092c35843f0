package fr.monenfantalecole.portail.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * One spelling per address. Letters, digits and {@code - . _ ~} never need percent-encoding (RFC
 * 3986, 2.3), but Spring Security and Spring MVC decode them before matching while a filter reading
 * the raw address does not: {@code /%61dmin/…} was the back office to the former and not to the
 * latter, which skipped the second factor and the login throttle. No browser or client writes them
 * encoded, so such an address is refused (400) before anything else reads it; every filter can then
 * trust the raw path.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
class CanonicalPathFilter extends OncePerRequestFilter {

    /** %41–%5A, %61–%7A (letters), %30–%39 (digits), %2D %2E %5F %7E, in either case. */
    private static final Pattern ENCODED_UNRESERVED =
            Pattern.compile("%(?:[46][1-9a-fA-F]|[57][0-9aA]|3[0-9]|2[dDeE]|5[fF]|7[eE])");

    static final String MESSAGE = "Cette adresse contient des lettres ou des chiffres écrits sous forme codée (%xx) : "
            + "écrivez-la en clair et réessayez.";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (ENCODED_UNRESERVED.matcher(request.getRequestURI()).find()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            boolean api = request.getRequestURI().startsWith("/api/");
            response.setContentType((api ? "application/json" : "text/plain") + ";charset=UTF-8");
            String body = api ? "{\"erreur\":\"" + MESSAGE + "\"}" : MESSAGE;
            response.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
            return;
        }
        chain.doFilter(request, response);
    }
}
