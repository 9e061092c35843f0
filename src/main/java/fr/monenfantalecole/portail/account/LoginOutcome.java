package fr.monenfantalecole.portail.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Objects;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;

/** What follows the password check: the throttle and the journal are told, the person is sent on. */
final class LoginOutcome implements AuthenticationSuccessHandler, AuthenticationFailureHandler {

    private final LoginThrottle throttle;
    private final StaffUsers users;
    private final LoginEvents events;
    private final SecondFactor secondFactor;
    private final StaffSecurityProperties properties;

    LoginOutcome(
            LoginThrottle throttle,
            StaffUsers users,
            LoginEvents events,
            SecondFactor secondFactor,
            StaffSecurityProperties properties) {
        this.throttle = throttle;
        this.users = users;
        this.events = events;
        this.secondFactor = secondFactor;
        this.properties = properties;
    }

    @Override
    public void onAuthenticationSuccess(
            HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException {
        var principal = (StaffPrincipal)
                Objects.requireNonNull(authentication.getPrincipal(), "a successful login has a principal");
        throttle.succeeded("id:" + principal.id(), request.getRemoteAddr());
        events.succeeded(principal.id());
        var session = request.getSession();
        session.removeAttribute(SecurityConfiguration.LAST_EMAIL);
        session.setAttribute(StaffSessionGate.LOGGED_IN_AT, System.currentTimeMillis());
        boolean active = secondFactor.isActive(principal.id());
        if (active) {
            session.setAttribute(StaffSessionGate.PENDING, StaffSessionGate.CODE);
            response.sendRedirect(request.getContextPath() + StaffSessionGate.CODE_PAGE);
        } else if (properties.mustEnrol(principal, false)) {
            session.setAttribute(StaffSessionGate.PENDING, StaffSessionGate.ENROLMENT);
            response.sendRedirect(request.getContextPath() + StaffSessionGate.ENROLMENT_PAGE);
        } else {
            response.sendRedirect(request.getContextPath() + nextPage(request));
        }
    }

    /** Back to a form posted after the session expired, whose fields were kept; else the back office. */
    static String nextPage(HttpServletRequest request) {
        return FormRescue.pendingPath(request)
                .filter(path -> path.startsWith("/admin/"))
                .orElse("/admin");
    }

    @Override
    public void onAuthenticationFailure(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        String login = request.getParameter("email");
        events.failed(login == null ? java.util.Optional.empty() : users.idOfLogin(login));
        request.getSession()
                .setAttribute(SecurityConfiguration.LAST_EMAIL, request.getAttribute(LoginAttemptFilter.TYPED_EMAIL));
        response.sendRedirect(request.getContextPath() + SecurityConfiguration.LOGIN_PAGE + "?erreur");
    }
}
