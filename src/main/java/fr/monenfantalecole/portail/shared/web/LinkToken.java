package fr.monenfantalecole.portail.shared.web;

import jakarta.servlet.http.HttpSession;
import org.jspecify.annotations.Nullable;

/**
 * The token of a personal link (a password reset, an address to confirm, an invitation) leaves the
 * address at once: the page opened from the e-mail keeps it in the session and redirects to the same
 * page without it, so that it is neither in the browser's history nor in a Referer, and the next step
 * reads it from the session. Staff and family links both go this way.
 */
public final class LinkToken {

    /** A token is 43 characters: anything much longer is not one, and is not kept in the session. */
    private static final int LONGEST = 100;

    private LinkToken() {}

    /** True when the address carried a token, now kept: the caller redirects to the clean address. */
    public static boolean keep(HttpSession session, String key, @Nullable String fromAddress) {
        if (fromAddress == null) {
            return false;
        }
        if (fromAddress.length() <= LONGEST) {
            session.setAttribute(key, fromAddress);
        }
        return true;
    }

    /** The token kept under {@code key}, or "" (which matches no link). */
    public static String read(HttpSession session, String key) {
        return session.getAttribute(key) instanceof String token ? token : "";
    }
}
