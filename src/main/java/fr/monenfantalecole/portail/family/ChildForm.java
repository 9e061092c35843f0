package fr.monenfantalecole.portail.family;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A child as the responsable types it. The birth date stays text until checked, so that whatever was
 * typed is shown again with its message.
 */
public record ChildForm(
        @NotBlank(message = "{famille.prenoms.notBlank}") @Size(max = 100, message = "{famille.prenoms.size}")
        String prenoms,

        @NotBlank(message = "{famille.nom.notBlank}") @Size(max = 100, message = "{famille.nom.size}")
        String nom,

        @NotBlank(message = "{famille.dateNaissance.notNull}")
        String dateNaissance,

        @NotBlank(message = "{famille.sexe.notBlank}") @Pattern(regexp = "[FM]", message = "{famille.sexe.pattern}")
        String sexe,

        @Nullable String uai,
        @Nullable String niveau,
        @Nullable Boolean pai) {

    public boolean paiSignale() {
        return Boolean.TRUE.equals(pai);
    }

    static final ChildForm EMPTY = new ChildForm("", "", "", "", "", "", false);

    static ChildForm of(Child child) {
        return new ChildForm(
                child.prenoms(),
                child.nom(),
                child.dateNaissance().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/uuuu")),
                child.sexe(),
                child.uai() == null ? "" : child.uai(),
                child.niveau() == null ? "" : child.niveau(),
                child.pai());
    }
}
