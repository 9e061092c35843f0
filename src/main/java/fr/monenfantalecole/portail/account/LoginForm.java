package fr.monenfantalecole.portail.account;

import org.jspecify.annotations.Nullable;

/** What the login page shows: the e-mail typed before, an error, the CSRF token. */
public record LoginForm(
        String email,
        @Nullable String error,
        boolean loggedOut,
        String csrfParameter,
        String csrfToken,
        boolean invited) {

    public LoginForm(String email, @Nullable String error, boolean loggedOut, String csrfParameter, String csrfToken) {
        this(email, error, loggedOut, csrfParameter, csrfToken, false);
    }
}
