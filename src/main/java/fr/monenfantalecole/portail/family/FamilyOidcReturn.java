package fr.monenfantalecole.portail.family;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;

/**
 * The browser back from the provider. Spring has checked the state (it must be the one this session
 * sent), exchanged the code with the PKCE verifier and checked the ID token (signature, issuer,
 * audience, expiry, nonce); {@link FamilyOidcUsers} has read the UserInfo answer, signed or not. What the identity opens is decided by {@link FamilyOidc}; a refusal sends
 * the parent back to the sign-in page of their portal with a message, never signed in.
 */
final class FamilyOidcReturn implements AuthenticationSuccessHandler, AuthenticationFailureHandler {

    private static final Logger log = LoggerFactory.getLogger(FamilyOidcReturn.class);

    private final FamilyOidc oidc;

    FamilyOidcReturn(FamilyOidc oidc) {
        this.oidc = oidc;
    }

    @Override
    public void onAuthenticationSuccess(
            HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException {
        if (!(authentication.getPrincipal() instanceof OidcUser user)) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        response.sendRedirect(oidc.arrive(FamilyOidc.Identity.of(user), request, response));
    }

    @Override
    public void onAuthenticationFailure(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        log.info("Connexion OpenID Connect refusée : {}", exception.getMessage());
        boolean untrustedIdentity = exception instanceof OAuth2AuthenticationException e
                && FamilyOidcUsers.REFUSED.equals(e.getError().getErrorCode());
        response.sendRedirect(oidc.refused(request, untrustedIdentity ? "identite-invalide" : "refus"));
    }
}
