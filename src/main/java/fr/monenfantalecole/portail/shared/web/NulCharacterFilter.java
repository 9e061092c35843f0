package fr.monenfantalecole.portail.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * PostgreSQL refuses the NUL character in text, so a parameter holding one used to fail deep in
 * whatever query used it (a 500, and a back-office form lost what was typed). It is dealt with
 * once, here: in a form's fields it is dropped (it is invisible, nobody typed it on purpose, and
 * the rest of what was typed goes on to the form's own checks); in an address it is refused with
 * a 400 in French.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 3)
class NulCharacterFilter extends OncePerRequestFilter {

    static final String MESSAGE = "L'adresse demandée contient un caractère nul (%00), que le portail n'accepte pas : "
            + "retirez-le et réessayez.";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String query = request.getQueryString();
        if (query != null && query.toLowerCase(Locale.ROOT).contains("%00")) {
            refuse(request, response);
            return;
        }
        chain.doFilter(new WithoutNul(request), response);
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (request.getRequestURI().startsWith("/api/")) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            response.setContentType("application/json;charset=UTF-8");
            response.getOutputStream().write(("{\"erreur\":\"" + MESSAGE + "\"}").getBytes(StandardCharsets.UTF_8));
            return;
        }
        response.sendError(HttpServletResponse.SC_BAD_REQUEST);
    }

    /** The request as the controllers read it: every parameter value without NUL characters. */
    private static final class WithoutNul extends HttpServletRequestWrapper {

        WithoutNul(HttpServletRequest request) {
            super(request);
        }

        @Override
        public @Nullable String getParameter(String name) {
            return strip(super.getParameter(name));
        }

        @Override
        public String @Nullable [] getParameterValues(String name) {
            String[] values = super.getParameterValues(name);
            return values == null
                    ? null
                    : Arrays.stream(values).map(WithoutNul::strip).toArray(String[]::new);
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            var map = new LinkedHashMap<String, String[]>();
            super.getParameterMap()
                    .forEach((name, values) -> map.put(
                            name, Arrays.stream(values).map(WithoutNul::strip).toArray(String[]::new)));
            return map;
        }

        /** Null stays null: a parameter present without a value, as some clients send it. */
        private static @Nullable String strip(@Nullable String value) {
            return value == null || value.indexOf('\0') < 0 ? value : value.replace("\0", "");
        }
    }
}
