package fr.monenfantalecole.portail.family;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** The sign-up form: who, how to sign in, and the consent to the use of the data described. */
public record SignUpForm(
        @NotBlank(message = "{famille.prenoms.notBlank}") @Size(max = 100, message = "{famille.prenoms.size}")
        String prenoms,

        @NotBlank(message = "{famille.nom.notBlank}") @Size(max = 100, message = "{famille.nom.size}")
        String nom,

        @NotBlank(message = "{famille.email.notBlank}")
        @Email(message = "{famille.email.email}")
        @Size(max = 254, message = "{famille.email.size}")
        String email,

        @NotBlank(message = "{famille.motDePasse.notBlank}") String motDePasse,
        @Nullable String confirmation,

        @NotNull(message = "{famille.consentement.assertTrue}")
        @AssertTrue(message = "{famille.consentement.assertTrue}")
        @Nullable
        Boolean consentement) {

    static final SignUpForm EMPTY = new SignUpForm("", "", "", "", "", false);

    /** An address pasted with blanks around it is the same address. */
    public SignUpForm {
        email = email == null ? "" : email.strip();
    }

    public boolean accepted() {
        return Boolean.TRUE.equals(consentement);
    }

    /** The form as the page shows it again: never the passwords. */
    SignUpForm shown() {
        return new SignUpForm(prenoms, nom, email, "", "", consentement);
    }
}
