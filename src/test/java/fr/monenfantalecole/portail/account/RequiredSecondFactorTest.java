package fr.monenfantalecole.portail.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;

/** When the platform requires a second factor, an admin without one reaches only its enrolment. */
class RequiredSecondFactorTest {

    static final StaffSecurityProperties REQUIRED = new StaffSecurityProperties(true, Duration.ofHours(12));

    @Test
    void anAdminWithoutSecondFactorIsSentToEnrolAndReachesNothingElse() throws Exception {
        var secondFactor = mock(SecondFactor.class);
        when(secondFactor.isActive(7L)).thenReturn(false);
        var outcome = new LoginOutcome(
                mock(LoginThrottle.class), mock(StaffUsers.class), mock(LoginEvents.class), secondFactor, REQUIRED);
        var admin =
                new StaffPrincipal(7, "admin@x.fr", "Admin", "x", true, List.of(new Grant("COLLECTIVITE_ADMIN", 3L)));
        var login = new MockHttpServletRequest("POST", "/admin/connexion");
        var response = new MockHttpServletResponse();

        outcome.onAuthenticationSuccess(
                login, response, new UsernamePasswordAuthenticationToken(admin, null, List.of()));

        assertThat(response.getRedirectedUrl()).isEqualTo(StaffSessionGate.ENROLMENT_PAGE);
        var gate = new StaffSessionGate(REQUIRED);
        assertThat(through(gate, login, "/admin/rennes")).isEqualTo(StaffSessionGate.ENROLMENT_PAGE);
        assertThat(through(gate, login, StaffSessionGate.ENROLMENT_PAGE + "/confirmer"))
                .isNull();
    }

    @Test
    void aDirectorIsLetInWithoutOne() throws Exception {
        var outcome = new LoginOutcome(
                mock(LoginThrottle.class),
                mock(StaffUsers.class),
                mock(LoginEvents.class),
                mock(SecondFactor.class),
                REQUIRED);
        var director =
                new StaffPrincipal(8, "d@x.fr", "D", "x", true, List.of(new Grant("SCHOOL_DIRECTOR", 3L, "0350256N")));
        var response = new MockHttpServletResponse();
        outcome.onAuthenticationSuccess(
                new MockHttpServletRequest("POST", "/admin/connexion"),
                response,
                new UsernamePasswordAuthenticationToken(director, null, List.of()));
        assertThat(response.getRedirectedUrl()).isEqualTo("/admin");
    }

    /** Where the gate sends a request of this session for the path; null when it lets it through. */
    private static String through(StaffSessionGate gate, MockHttpServletRequest loggedIn, String path)
            throws Exception {
        var request = new MockHttpServletRequest("GET", path);
        request.setSession(loggedIn.getSession());
        var response = new MockHttpServletResponse();
        gate.doFilter(request, response, new MockFilterChain());
        return response.getRedirectedUrl();
    }
}
