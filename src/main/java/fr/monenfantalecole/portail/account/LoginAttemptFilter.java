package fr.monenfantalecole.portail.account;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UrlPathHelper;

/**
 * Stands before the password check of the login form: normalises the login once (what follows sees
 * only that form), refuses invisible characters with a message, and takes a slot from the throttle
 * for the account it names and the client's address — refused before the password is checked when
 * too many attempts were made.
 */
final class LoginAttemptFilter extends OncePerRequestFilter {

    static final String TYPED_EMAIL = LoginAttemptFilter.class.getName() + ".typed";
    static final String WAIT_MINUTES = "portail.login.attente";

    private final LoginThrottle throttle;
    private final StaffUsers users;
    private final LoginEvents events;

    LoginAttemptFilter(LoginThrottle throttle, StaffUsers users, LoginEvents events) {
        this.throttle = throttle;
        this.users = users;
        this.events = events;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        // The decoded path, as Spring Security's login processing reads it.
        return !("POST".equals(request.getMethod())
                && SecurityConfiguration.LOGIN_PAGE.equals(
                        UrlPathHelper.defaultInstance.getPathWithinApplication(request)));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String typed = request.getParameter("email") == null ? "" : request.getParameter("email");
        request.setAttribute(TYPED_EMAIL, LoginName.visible(typed));
        var login = LoginName.normalise(typed);
        if (login.isEmpty()) {
            back(request, response, "invalide");
            return;
        }
        var account = users.idOfLogin(login.get());
        var refusal =
                throttle.take(account.map(id -> "id:" + id).orElse("login:" + login.get()), request.getRemoteAddr());
        if (refusal.isPresent()) {
            account.ifPresent(events::refused);
            request.getSession().setAttribute(WAIT_MINUTES, refusal.get().minutes());
            back(request, response, "bloque");
            return;
        }
        chain.doFilter(new NormalisedLogin(request, login.get()), response);
    }

    private static void back(HttpServletRequest request, HttpServletResponse response, String reason)
            throws IOException {
        request.getSession().setAttribute(SecurityConfiguration.LAST_EMAIL, request.getAttribute(TYPED_EMAIL));
        response.sendRedirect(request.getContextPath() + SecurityConfiguration.LOGIN_PAGE + "?" + reason);
    }

    /** The request as the password check sees it: the e-mail field holds the normalised login. */
    private static final class NormalisedLogin extends HttpServletRequestWrapper {

        private final String login;

        NormalisedLogin(HttpServletRequest request, String login) {
            super(request);
            this.login = login;
        }

        @Override
        public @Nullable String getParameter(String name) {
            return "email".equals(name) ? login : super.getParameter(name);
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            var parameters = new java.util.HashMap<>(super.getParameterMap());
            parameters.put("email", new String[] {login});
            return parameters;
        }

        @Override
        public String[] getParameterValues(String name) {
            return "email".equals(name) ? new String[] {login} : super.getParameterValues(name);
        }
    }
}
