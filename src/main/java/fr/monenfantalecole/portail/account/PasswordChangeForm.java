package fr.monenfantalecole.portail.account;

import org.jspecify.annotations.Nullable;

/**
 * A staff account's change of password (bound as "passwordChangeForm": its messages are in
 * i18n/account.properties). Never shown back: the page leaves every password field empty.
 */
@NewPassword
record PasswordChangeForm(
        @Nullable String motDePasseActuel,
        @Nullable String motDePasse,
        @Nullable String confirmation) implements NewPassword.Typed {

    String actuel() {
        return motDePasseActuel == null ? "" : motDePasseActuel;
    }

    /** Only once the form is valid. */
    String nouveau() {
        return java.util.Objects.requireNonNull(motDePasse, "checked by @NewPassword");
    }
}
