package fr.monenfantalecole.portail.account;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;

/**
 * The step after the password for an account with a second factor: the code is checked under the
 * same throttle as passwords, and under a cap per account whatever the address (six digits are
 * guessed faster than a password, by someone who already has it), and the session is
 * let into the back office once it is right.
 */
@Component
class SecondFactorStep {

    /** What became of a code typed at login. */
    public sealed interface Outcome {}

    /** Accepted: go on to the page. */
    public record Accepted(String next) implements Outcome {}

    /** Not the code of this moment, nor an unused recovery code. */
    public record Wrong() implements Outcome {}

    /** Too many tries: wait this many minutes. */
    public record Refused(long minutes) implements Outcome {}

    private final SecondFactor secondFactor;
    private final LoginThrottle throttle;
    private final LoginEvents events;

    SecondFactorStep(SecondFactor secondFactor, LoginThrottle throttle, LoginEvents events) {
        this.secondFactor = secondFactor;
        this.throttle = throttle;
        this.events = events;
    }

    public Outcome check(HttpServletRequest request, StaffPrincipal user, String code) {
        String key = "code:" + user.id();
        var refusal = throttle.takeCode(key, request.getRemoteAddr());
        if (refusal.isPresent()) {
            events.refused(user.id());
            return new Refused(refusal.get().minutes());
        }
        if (!secondFactor.verify(user.id(), code)) {
            events.secondFactorFailed(user.id());
            return new Wrong();
        }
        throttle.succeeded(key, request.getRemoteAddr());
        events.secondFactorPassed(user.id());
        request.getSession().removeAttribute(StaffSessionGate.PENDING);
        // The session becomes fully privileged only now: under a new id (no fixation from the code page).
        request.changeSessionId();
        return new Accepted(LoginOutcome.nextPage(request));
    }

    /** An enrolment required by the platform is done: the back office opens. */
    public void enrolled(HttpServletRequest request) {
        if (enrolmentRequired(request)) {
            // The session was held back until now: it opens the back office under a new id.
            request.getSession().removeAttribute(StaffSessionGate.PENDING);
            request.changeSessionId();
        }
    }

    /** Whether the platform requires this person to enrol before anything else. */
    public boolean enrolmentRequired(HttpServletRequest request) {
        return StaffSessionGate.ENROLMENT.equals(request.getSession().getAttribute(StaffSessionGate.PENDING));
    }
}
