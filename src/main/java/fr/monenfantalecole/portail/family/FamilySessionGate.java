package fr.monenfantalecole.portail.family;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a family session whose account is gone or whose password changed since sign-in (its epoch is
 * behind): the request goes on as nobody's, and the page asks to sign in again. The account read here is
 * the one the request's pages use ({@link Household}): it is read once per request.
 */
final class FamilySessionGate extends OncePerRequestFilter {

    private final Adults adults;
    private final HttpSessionSecurityContextRepository repository;

    FamilySessionGate(Adults adults, HttpSessionSecurityContextRepository repository) {
        this.adults = adults;
        this.repository = repository;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof FamilyPrincipal principal) {
            var current = adults.current(principal.adulteId());
            if (current.isEmpty() || current.get().epoque() != principal.epoque()) {
                var empty = SecurityContextHolder.createEmptyContext();
                SecurityContextHolder.setContext(empty);
                repository.saveContext(empty, request, response);
            } else {
                Household.keep(request, current.get().adult());
            }
        }
        chain.doFilter(request, response);
    }
}
