package fr.monenfantalecole.portail.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.csrf.CsrfException;

/**
 * Keeps what a person posted when their session had expired (the CSRF token lived in the old
 * session, so the form is refused before reaching the application): the fields are kept in the new
 * session, the person logs in again and lands back on the form, which shows them. Only forms that
 * ask for it (a hidden field {@value #OPT_IN}, on a form whose page has the same path) and come from
 * our own pages (same Origin) are kept, never htmx requests (the editor keeps those in the browser),
 * never password fields, and never more than {@value #MAX_CHARS} characters.
 */
public final class FormRescue implements AccessDeniedHandler {

    static final String PATH = "portail.secours.chemin";
    static final String FIELDS = "portail.secours.champs";
    static final int MAX_CHARS = 200_000;
    /** The hidden field by which a form asks to be kept. */
    public static final String OPT_IN = "_secours";

    private final AccessDeniedHandler fallback = new AccessDeniedHandlerImpl();
    private final String loginPage;

    FormRescue(String loginPage) {
        this.loginPage = loginPage;
    }

    /** The fields rescued for this path, once (they are removed from the session). */
    public static Optional<Map<String, String>> take(HttpServletRequest request, String path) {
        var session = request.getSession(false);
        if (session == null || !path.equals(session.getAttribute(PATH))) {
            return Optional.empty();
        }
        @SuppressWarnings("unchecked")
        var fields = (Map<String, String>) session.getAttribute(FIELDS);
        session.removeAttribute(PATH);
        session.removeAttribute(FIELDS);
        return Optional.ofNullable(fields);
    }

    /** Where to go after logging in: back to the rescued form, if any. */
    static Optional<String> pendingPath(HttpServletRequest request) {
        var session = request.getSession(false);
        return session == null ? Optional.empty() : Optional.ofNullable((String) session.getAttribute(PATH));
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException, jakarta.servlet.ServletException {
        if (!(denied instanceof CsrfException)
                || !"POST".equals(request.getMethod())
                || request.getParameter(OPT_IN) == null
                || request.getHeader("HX-Request") != null
                || !sameOrigin(request)
                || request.getContentType() == null
                || !request.getContentType().startsWith("application/x-www-form-urlencoded")) {
            fallback.handle(request, response, denied);
            return;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Map<String, String> fields = new LinkedHashMap<>();
        int total = 0;
        for (var entry : request.getParameterMap().entrySet()) {
            if (entry.getKey().startsWith("_")
                    || entry.getValue().length != 1
                    || entry.getKey().toLowerCase(java.util.Locale.ROOT).contains("motdepasse")
                    || entry.getKey().toLowerCase(java.util.Locale.ROOT).contains("password")) {
                continue;
            }
            total += entry.getKey().length() + entry.getValue()[0].length();
            if (total > MAX_CHARS) {
                fallback.handle(request, response, denied);
                return;
            }
            fields.put(entry.getKey(), entry.getValue()[0]);
        }
        var session = request.getSession(true);
        session.setAttribute(PATH, path);
        session.setAttribute(FIELDS, fields);
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        boolean loggedIn = authentication != null && authentication.getPrincipal() instanceof StaffPrincipal;
        response.sendRedirect(request.getContextPath() + (loggedIn ? path : loginPage + "?expire"));
    }

    private static boolean sameOrigin(HttpServletRequest request) {
        String origin = request.getHeader("Origin");
        if (origin == null || origin.isBlank() || "null".equals(origin)) {
            return false;
        }
        try {
            return request.getServerName().equalsIgnoreCase(URI.create(origin).getHost());
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
