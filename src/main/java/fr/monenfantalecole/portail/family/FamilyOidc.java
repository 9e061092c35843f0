package fr.monenfantalecole.portail.family;

import fr.monenfantalecole.portail.tenant.Collectivite;
import fr.monenfantalecole.portail.tenant.Collectivites;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.net.URI;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * What an identity from the OpenID Connect provider opens. An identity already linked signs its adult
 * in. Otherwise it waits in the session: an address already used by an account is linked only once
 * that account's password is typed, never silently; an unknown address creates an account from the
 * provider's claims once the parent has accepted the use of their data, as at sign-up.
 */
@Service
public class FamilyOidc {

    /**
     * The verified claims of the provider, and the ID token for the logout. {@code emailVerified} is
     * false only when the provider says so ({@code email_verified: false}): FranceConnect sends no such
     * claim, and its partner documentation asks services not to have its address checked again.
     */
    public record Identity(
            String issuer,
            String subject,
            String email,
            boolean emailVerified,
            String prenoms,
            String nom,
            String idToken)
            implements Serializable {

        static Identity of(OidcUser user) {
            return new Identity(
                    Objects.toString(user.getIdToken().getIssuer()),
                    user.getSubject(),
                    Objects.toString(user.getEmail(), "").strip(),
                    !Boolean.FALSE.equals(user.getEmailVerified()),
                    Objects.toString(user.getGivenName(), "").strip(),
                    Objects.toString(user.getFamilyName(), "").strip(),
                    user.getIdToken().getTokenValue());
        }
    }

    private static final String PORTAL = "portail.famille.oidc.portail";
    private static final String PENDING = "portail.famille.oidc.identite";
    private static final String ID_TOKEN = "portail.famille.oidc.jeton";

    private final Adults adults;
    private final FamilySignIn signIn;
    private final FamilyJournal journal;
    private final Collectivites collectivites;
    private final FamilyOidcProvider provider;

    FamilyOidc(
            Adults adults,
            FamilySignIn signIn,
            FamilyJournal journal,
            Collectivites collectivites,
            FamilyOidcProvider provider) {
        this.adults = adults;
        this.signIn = signIn;
        this.journal = journal;
        this.collectivites = collectivites;
        this.provider = provider;
    }

    /** Remembers the portal the flow starts on: the provider comes back to one address for all. */
    public void start(HttpSession session, Collectivite portal) {
        session.setAttribute(PORTAL, portal.id());
        session.removeAttribute(PENDING);
    }

    static Optional<Long> startedOn(HttpServletRequest request) {
        var session = request.getSession(false);
        return session != null && session.getAttribute(PORTAL) instanceof Long id ? Optional.of(id) : Optional.empty();
    }

    /** Where the browser goes next, for an identity the provider has just vouched for. */
    @Transactional
    String arrive(Identity identity, HttpServletRequest request, HttpServletResponse response) {
        var portal = startedOn(request).flatMap(collectivites::findById);
        if (portal.isEmpty()) {
            return "/";
        }
        var linked = adults.idOfOidc(identity.issuer(), identity.subject());
        if (linked.isPresent()) {
            open(linked.get(), portal.get(), identity, request, response);
            return link(portal.get(), "/mon-espace");
        }
        // Nobody is signed in until the parent chooses: not the provider's identity, nor an earlier family.
        signIn.signOut(request, response);
        if (identity.email().isEmpty()) {
            return link(portal.get(), "/compte/connexion?oidc=sans-adresse");
        }
        if (!identity.emailVerified()) { // an address nobody checked never opens or makes an account
            return link(portal.get(), "/compte/connexion?oidc=adresse-non-verifiee");
        }
        request.getSession().setAttribute(PENDING, identity);
        return adults.credentials(identity.email()).isPresent()
                ? link(portal.get(), "/compte/franceconnect/liaison")
                : link(portal.get(), "/compte/franceconnect/inscription");
    }

    /** The sign-in page of the portal the flow started on, saying why ({@code problem}). */
    String refused(HttpServletRequest request, String problem) {
        return startedOn(request)
                .flatMap(collectivites::findById)
                .map(portal -> link(portal, "/compte/connexion?oidc=" + problem))
                .orElse("/");
    }

    /** The identity waiting for the parent's choice on this portal, if any. */
    public Optional<Identity> pending(HttpSession session, Collectivite portal) {
        return session.getAttribute(PENDING) instanceof Identity identity
                        && Objects.equals(session.getAttribute(PORTAL), portal.id())
                ? Optional.of(identity)
                : Optional.empty();
    }

    /** Links the waiting identity to the account of its address once that account's password is right. */
    @Transactional
    public FamilySignIn.Outcome link(
            Identity identity,
            String password,
            Collectivite portal,
            HttpServletRequest request,
            HttpServletResponse response) {
        var outcome = signIn.check(identity.email(), password, request);
        long adultId;
        if (outcome instanceof FamilySignIn.SignedIn s) {
            adultId = s.adultId();
        } else if (outcome instanceof FamilySignIn.NotVerified n) {
            adultId = n.adultId(); // the password is right, and the provider vouches for the address
        } else {
            return outcome;
        }
        adults.linkOidc(adultId, identity.issuer(), identity.subject());
        journal.record(
                portal.id(), adultId, null, "oidc.lie", provider.properties().label(), "famille");
        open(adultId, portal, identity, request, response);
        return new FamilySignIn.SignedIn(adultId);
    }

    /** Creates the account of the waiting identity; empty when its address was taken meanwhile. */
    @Transactional
    public Optional<Long> create(
            Identity identity,
            String consentVersion,
            Collectivite portal,
            HttpServletRequest request,
            HttpServletResponse response) {
        var id = adults.create(new Adults.NewAdult(
                portal.id(),
                identity.email(),
                null,
                identity.nom(),
                identity.prenoms(),
                consentVersion,
                identity.issuer(),
                identity.subject()));
        id.ifPresent(adultId -> {
            journal.record(portal.id(), adultId, null, "inscription", "consentement " + consentVersion, "famille");
            open(adultId, portal, identity, request, response);
        });
        return id;
    }

    /**
     * Ends the family session; returns the provider's end-session address when the adult came through it
     * (the provider's session ends too, then the browser comes back to {@code portal}'s sign-in page).
     */
    public Optional<URI> signOut(Collectivite portal, HttpServletRequest request, HttpServletResponse response) {
        var session = request.getSession(false);
        @Nullable Object idToken = session == null ? null : session.getAttribute(ID_TOKEN);
        signIn.signOut(request, response);
        if (!(idToken instanceof String token) || session == null) {
            return Optional.empty();
        }
        var current = request.getSession();
        current.removeAttribute(ID_TOKEN);
        current.setAttribute(PORTAL, portal.id());
        String back = ServletUriComponentsBuilder.fromCurrentContextPath()
                .path(FamilyOidcProvider.AFTER_LOGOUT)
                .build()
                .toUriString();
        return provider.endSession(token, back, UUID.randomUUID().toString());
    }

    /** Where the provider's logout comes back to: the sign-in page of the portal it started from. */
    public String afterLogout(HttpServletRequest request) {
        return startedOn(request)
                .flatMap(collectivites::findById)
                .map(portal -> link(portal, "/compte/connexion?deconnecte"))
                .orElse("/");
    }

    private void open(
            long adultId,
            Collectivite portal,
            Identity identity,
            HttpServletRequest request,
            HttpServletResponse response) {
        signIn.signIn(adultId, portal.id(), provider.properties().label(), request, response);
        var session = request.getSession();
        session.removeAttribute(PENDING);
        session.setAttribute(ID_TOKEN, identity.idToken());
    }

    private static String link(Collectivite portal, String path) {
        return "/" + portal.slug() + path;
    }
}
