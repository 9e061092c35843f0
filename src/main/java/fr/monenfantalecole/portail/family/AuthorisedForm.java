package fr.monenfantalecole.portail.family;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** An adult allowed to collect the children: who, how to reach them, who they are to the children. */
public record AuthorisedForm(
        @NotBlank(message = "{famille.prenoms.notBlank}") @Size(max = 100, message = "{famille.prenoms.size}")
        String autorisePrenoms,

        @NotBlank(message = "{famille.nom.notBlank}") @Size(max = 100, message = "{famille.nom.size}")
        String autoriseNom,

        @NotBlank(message = "{famille.telephone.notBlank}")
        @Pattern(regexp = "[+0-9 .()-]{10,20}", message = "{famille.telephone.pattern}")
        String autoriseTelephone,

        @NotBlank(message = "{famille.lien.notBlank}") @Size(max = 60, message = "{famille.nom.size}")
        String autoriseLien) {

    static final AuthorisedForm EMPTY = new AuthorisedForm("", "", "", "");
}
