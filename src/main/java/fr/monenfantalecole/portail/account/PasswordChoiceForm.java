package fr.monenfantalecole.portail.account;

import org.jspecify.annotations.Nullable;

/**
 * A new password chosen from a reset link (bound as "passwordChoiceForm": its messages are in
 * i18n/account.properties). Never shown back: the page leaves both fields empty.
 */
@NewPassword
record PasswordChoiceForm(
        @Nullable String motDePasse, @Nullable String confirmation) implements NewPassword.Typed {

    /** Only once the form is valid. */
    String nouveau() {
        return java.util.Objects.requireNonNull(motDePasse, "checked by @NewPassword");
    }
}
