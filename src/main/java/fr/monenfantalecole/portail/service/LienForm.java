package fr.monenfantalecole.portail.service;

import fr.monenfantalecole.portail.shared.web.WholeNumber;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;

/**
 * A link to a téléservice or an ENT as typed in the back office (bound as "lienForm": its messages
 * are in i18n/service.properties). The title is kept stripped, as it is saved.
 */
public record LienForm(
        @NotNull @Pattern(regexp = TYPES) @Nullable String type,
        @Nullable String uai,
        @NotBlank @Size(max = 120) @Nullable String titre,
        @Nullable String description,
        @Nullable String publicVise,
        @Nullable String url,
        @WholeNumber @Nullable String ordre) {

    /** The names of {@link LienService.Type}, as the form's radio buttons send them. */
    static final String TYPES = "ENT|TELESERVICE";

    static final LienForm EMPTY = new LienForm("TELESERVICE", "", "", "", "", "https://", "0");

    public LienForm {
        titre = titre == null ? null : titre.strip();
    }

    static LienForm of(LienService l) {
        return new LienForm(
                l.type().name(),
                l.uai() == null ? "" : l.uai(),
                l.titre(),
                l.description(),
                l.publicVise(),
                l.url(),
                String.valueOf(l.ordre()));
    }

    LienService.Type typeChoisi() {
        return "ENT".equals(type) ? LienService.Type.ENT : LienService.Type.TELESERVICE;
    }

    @Nullable
    String ecole() {
        return uai == null || uai.isBlank() ? null : uai.strip().toUpperCase();
    }

    /**
     * The rules Bean Validation cannot see: the address (the service's own check, whose message says
     * what is wrong with it) and the school, one of {@code schools}, the UAIs of the collectivité's
     * establishments.
     */
    void check(Set<String> schools, Errors result) {
        String problem = LiensServices.urlProblem(url);
        if (problem != null) {
            result.rejectValue("url", "lien.url", problem);
        }
        String ecole = ecole();
        if (ecole != null) {
            if (typeChoisi() != LienService.Type.ENT) {
                result.rejectValue("uai", "lien.uai.ent");
            } else if (!schools.contains(ecole)) {
                result.rejectValue("uai", "lien.uai.inconnue");
            }
        }
    }

    LiensServices.Saisie saisie() {
        return new LiensServices.Saisie(
                typeChoisi(),
                ecole(),
                checked(titre),
                description == null ? "" : description.strip(),
                publicVise == null ? "" : publicVise.strip(),
                checked(url).strip(),
                checked(WholeNumber.Check.parse(ordre)));
    }

    /** {@link #saisie} is only called once the form is valid: what the checks require is there. */
    private static <T> T checked(@Nullable T value) {
        return java.util.Objects.requireNonNull(value, "checked by Bean Validation and check()");
    }
}
