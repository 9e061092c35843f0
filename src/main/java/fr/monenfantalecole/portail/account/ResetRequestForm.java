package fr.monenfantalecole.portail.account;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** The address a forgotten password's link goes to (bound as "resetRequestForm"; i18n/account.properties). */
record ResetRequestForm(
        @NotNull(message = "{account.email.format}")
        @Pattern(regexp = "\\s*[^@\\s]+@[^@\\s]+\\s*", message = "{account.email.format}")
        @Size(max = 200, message = "{account.email.format}")
        @Nullable
        String email) {

    /** The address as typed ("" when none was sent), given back to the page when refused. */
    String typed() {
        return email == null ? "" : email;
    }
}
