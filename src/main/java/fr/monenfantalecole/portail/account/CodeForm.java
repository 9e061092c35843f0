package fr.monenfantalecole.portail.account;

import org.jspecify.annotations.Nullable;

/** What the second-factor page of a login shows: an error, if any, and the CSRF token. */
public record CodeForm(@Nullable String error, String csrfParameter, String csrfToken) {}
