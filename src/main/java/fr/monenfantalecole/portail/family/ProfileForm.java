package fr.monenfantalecole.portail.family;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** The adult's own details: name, phone, address (one per adult) and how to be contacted. */
public record ProfileForm(
        @NotBlank(message = "{famille.prenoms.notBlank}") @Size(max = 100, message = "{famille.prenoms.size}")
        String prenoms,

        @NotBlank(message = "{famille.nom.notBlank}") @Size(max = 100, message = "{famille.nom.size}")
        String nom,

        @Nullable @Pattern(regexp = "|[+0-9 .()-]{10,20}", message = "{famille.telephone.pattern}")
        String telephone,

        @Nullable @Size(max = 200, message = "{famille.adresse.size}")
        String adresse,

        @Nullable @Pattern(regexp = "|\\s*\\d{5}\\s*", message = "{famille.codePostal.pattern}")
        String codePostal,

        @Nullable @Size(max = 100, message = "{famille.adresse.size}")
        String ville,

        @Nullable Boolean contactCourriel,
        @Nullable Boolean contactSms) {

    public boolean parCourriel() {
        return Boolean.TRUE.equals(contactCourriel);
    }

    public boolean parSms() {
        return Boolean.TRUE.equals(contactSms);
    }

    static ProfileForm of(Adult adult) {
        return new ProfileForm(
                adult.prenoms(),
                adult.nom(),
                adult.telephone(),
                adult.adresse(),
                adult.codePostal(),
                adult.ville(),
                adult.contactCourriel(),
                adult.contactSms());
    }
}
