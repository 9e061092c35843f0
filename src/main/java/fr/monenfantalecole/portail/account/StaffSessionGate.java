package fr.monenfantalecole.portail.account;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UrlPathHelper;

/**
 * Holds a logged-in session to the rules that follow the password: a login lasts at most
 * {@code portail.securite.session-duree-max} however active the person is, and a person who still
 * owes their second factor (the code, or the enrolment the platform requires) reaches nothing else
 * of the back office.
 */
final class StaffSessionGate extends OncePerRequestFilter {

    static final String LOGGED_IN_AT = "portail.connexion.debut";
    static final String PENDING = "portail.connexion.etape";
    static final String CODE = "code";
    static final String ENROLMENT = "enrolement";
    static final String CODE_PAGE = "/admin/connexion/code";
    static final String ENROLMENT_PAGE = "/admin/mon-compte/double-authentification";
    private static final Set<String> OPEN = Set.of(SecurityConfiguration.LOGIN_PAGE, "/admin/deconnexion");

    private final StaffSecurityProperties properties;

    StaffSessionGate(StaffSecurityProperties properties) {
        this.properties = properties;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        // The decoded path, as Spring Security's /admin/** rule and the controllers read it.
        String path = UrlPathHelper.defaultInstance.getPathWithinApplication(request);
        return !(path.equals("/admin") || path.startsWith("/admin/"))
                || OPEN.contains(path)
                || request.getSession(false) == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var session = request.getSession();
        String path = UrlPathHelper.defaultInstance.getPathWithinApplication(request);
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (session.getAttribute(LOGGED_IN_AT) == null
                && authentication != null
                && authentication.getPrincipal() instanceof StaffPrincipal) {
            // A login older than this rule (a session opened before the upgrade) counts from now.
            session.setAttribute(LOGGED_IN_AT, System.currentTimeMillis());
        }
        if (session.getAttribute(LOGGED_IN_AT) instanceof Long at
                && System.currentTimeMillis() - at
                        > properties.sessionDureeMax().toMillis()) {
            session.invalidate();
            SecurityContextHolder.clearContext();
            response.sendRedirect(request.getContextPath() + SecurityConfiguration.LOGIN_PAGE + "?duree");
            return;
        }
        Object pending = session.getAttribute(PENDING);
        if (CODE.equals(pending) && !path.equals(CODE_PAGE)) {
            response.sendRedirect(request.getContextPath() + CODE_PAGE);
            return;
        }
        if (ENROLMENT.equals(pending) && !path.startsWith(ENROLMENT_PAGE)) {
            response.sendRedirect(request.getContextPath() + ENROLMENT_PAGE);
            return;
        }
        chain.doFilter(request, response);
    }
}
