package fr.monenfantalecole.portail.family;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Inviting the other responsable légal: their address, and the children to share. */
public record InvitationForm(
        @NotBlank(message = "{famille.email.notBlank}")
        @Email(message = "{famille.email.email}")
        @Size(max = 254, message = "{famille.email.size}")
        String invitationEmail,

        @Nullable List<Long> enfants) {

    public InvitationForm {
        invitationEmail = invitationEmail == null ? "" : invitationEmail.strip();
    }

    static final InvitationForm EMPTY = new InvitationForm("", List.of());

    public List<Long> children() {
        return enfants == null ? List.of() : enfants;
    }
}
