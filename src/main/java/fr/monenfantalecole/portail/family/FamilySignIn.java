package fr.monenfantalecole.portail.family;

import fr.monenfantalecole.portail.account.LoginName;
import fr.monenfantalecole.portail.account.LoginThrottle;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Optional;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Service;

/**
 * Signs a family adult in and out. A password attempt first takes a slot from the same throttle as
 * staff logins (keyed "famille:", so the two never share a counter), on the login's one normalised
 * form; the session id changes at sign-in, and the family's context is kept under its own key.
 */
@Service
class FamilySignIn {

    static final String ROLE = "FAMILLE";

    /** The outcome of a password attempt. */
    public sealed interface Outcome {}

    public record SignedIn(long adultId) implements Outcome {}

    public record Refused(long minutes) implements Outcome {}

    public record WrongCredentials() implements Outcome {}

    public record NotVerified(long adultId) implements Outcome {}

    private final Adults adults;
    private final FamilyPasswords passwords;
    private final LoginThrottle throttle;
    private final FamilyJournal journal;
    private final HttpSessionSecurityContextRepository repository;

    FamilySignIn(
            Adults adults,
            FamilyPasswords passwords,
            LoginThrottle throttle,
            FamilyJournal journal,
            HttpSessionSecurityContextRepository familyContextRepository) {
        this.adults = adults;
        this.passwords = passwords;
        this.throttle = throttle;
        this.journal = journal;
        this.repository = familyContextRepository;
    }

    /** Checks the e-mail and password typed on a portal, and signs in when they are right. */
    public Outcome withPassword(
            String typedEmail,
            String password,
            long portalId,
            HttpServletRequest request,
            HttpServletResponse response) {
        var outcome = check(typedEmail, password, request);
        if (outcome instanceof SignedIn signedIn) {
            signIn(signedIn.adultId(), portalId, "mot de passe", request, response);
        }
        return outcome;
    }

    /**
     * Checks an e-mail and password as a sign-in attempt (throttled, failures in the journal) without
     * opening a session: {@link SignedIn} means the password is right and the address confirmed.
     */
    public Outcome check(String typedEmail, String password, HttpServletRequest request) {
        var login = LoginName.normalise(typedEmail);
        if (login.isEmpty()) {
            return new WrongCredentials();
        }
        var account = adults.credentials(login.get());
        String key = "famille:" + account.map(a -> "id:" + a.id()).orElse("login:" + login.get());
        var refusal = throttle.take(key, request.getRemoteAddr());
        if (refusal.isPresent()) {
            account.ifPresent(
                    a -> journal.record(a.collectiviteId(), a.id(), null, "connexion.bloquee", "", "famille"));
            return new Refused(refusal.get().minutes());
        }
        if (account.isEmpty() || !passwords.matches(password, account.get().motDePasse())) {
            account.ifPresent(
                    a -> journal.record(a.collectiviteId(), a.id(), null, "connexion.echouee", "", "famille"));
            return new WrongCredentials();
        }
        throttle.succeeded(key, request.getRemoteAddr());
        return account.get().verifie()
                ? new SignedIn(account.get().id())
                : new NotVerified(account.get().id());
    }

    /** Opens a family session for the adult (after a password, a verification link or OpenID Connect). */
    public void signIn(
            long adultId, long portalId, String how, HttpServletRequest request, HttpServletResponse response) {
        var credentials = adults.credentialsOf(adultId).orElseThrow();
        var adult = adults.get(adultId);
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        var principal =
                new FamilyPrincipal(adultId, credentials.collectiviteId(), credentials.epoque(), adult.prenoms());
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                principal, null, List.of(new SimpleGrantedAuthority("ROLE_" + ROLE))));
        SecurityContextHolder.setContext(context);
        repository.saveContext(context, request, response);
        adults.signedIn(adultId);
        journal.record(credentials.collectiviteId(), adultId, null, "connexion", how, "famille");
    }

    /** Ends the family session only: a staff session in the same browser stays. */
    public void signOut(HttpServletRequest request, HttpServletResponse response) {
        var empty = SecurityContextHolder.createEmptyContext();
        SecurityContextHolder.setContext(empty);
        repository.saveContext(empty, request, response);
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
    }

    /** The adult signed in on this request, if any. */
    public static Optional<FamilyPrincipal> current() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof FamilyPrincipal p
                ? Optional.of(p)
                : Optional.empty();
    }
}
