package fr.monenfantalecole.portail.family.web;

import jakarta.servlet.http.HttpSession;
import org.jspecify.annotations.Nullable;

/**
 * The token of a personal link (verification, reset, invitation) leaves the address at once: the page
 * opened from the e-mail keeps it in the session and redirects to the same page without it, so that it
 * is neither in the browser's history nor in a Referer, and the next step reads it from the session.
 */
final class LinkToken {

    static final String VERIFICATION = "portail.famille.lien.verification";
    static final String RESET = "portail.famille.lien.reinitialisation";

    private LinkToken() {}

    /** True when the address carried a token, now kept: the caller redirects to the clean address. */
    static boolean keep(HttpSession session, String key, @Nullable String fromAddress) {
        if (fromAddress == null) {
            return false;
        }
        session.setAttribute(key, fromAddress);
        return true;
    }

    static String read(HttpSession session, String key) {
        return session.getAttribute(key) instanceof String token ? token : "";
    }
}
