package fr.monenfantalecole.portail.tenant;

import fr.monenfantalecole.portail.shared.web.SirenNumber;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;

/**
 * A new subscribing collectivité, as the platform operator types it (bound as "newCollectiviteForm":
 * its messages are in i18n/tenant.properties).
 */
public record NewCollectiviteForm(
        @Nullable String type,

        @NotBlank(message = "{tenant.nom.creation}") @Nullable
        String nom,

        @Nullable String slug,
        @Nullable String codeInsee,
        @SirenNumber(message = "{tenant.siren}") @Nullable String siren,
        @NotBlank(message = "{tenant.academie}") @Nullable String academie,

        @NotNull(message = "{tenant.zoneVacances}")
        @Pattern(regexp = "[ABC]", message = "{tenant.zoneVacances}")
        @Nullable
        String zoneVacances,

        @Nullable Long parentId,
        @Nullable String communes) {

    static final NewCollectiviteForm EMPTY =
            new NewCollectiviteForm("COMMUNE", null, null, null, null, "Rennes", "B", null, null);

    /**
     * The rules Bean Validation cannot see: the type among the three, the portal's address (from the
     * name when left empty) free and not the platform's, the INSEE code that the type asks for, the
     * parent among the collectivités, and the member communes of an intercommunalité.
     */
    void check(Collectivites collectivites, ReservedSlugs reserved, Errors result) {
        CollectiviteType kind = kind();
        if (kind == null) {
            result.rejectValue("type", "tenant.type");
        }
        String slugValue = slugValue();
        if (slugValue == null || !Slugs.isValid(slugValue)) {
            result.rejectValue("slug", "tenant.slug.format");
        } else if (reserved.contains(slugValue)) {
            result.rejectValue("slug", "tenant.slug.reservee", new Object[] {slugValue}, null);
        } else if (collectivites.findBySlug(slugValue).isPresent()) {
            result.rejectValue("slug", "tenant.slug.prise", new Object[] {slugValue}, null);
        }
        String insee = insee();
        if (kind == CollectiviteType.COMMUNE && (insee == null || !insee.matches("[0-9][0-9AB][0-9]{3}"))) {
            result.rejectValue("codeInsee", "tenant.codeInsee.commune");
        } else if (kind == CollectiviteType.DEPARTEMENT
                && (insee == null || !insee.matches("[0-9]{2}|2A|2B|97[1-6]"))) {
            result.rejectValue("codeInsee", "tenant.codeInsee.departement");
        }
        if (parentId != null && collectivites.findById(parentId).isEmpty()) {
            result.rejectValue("parentId", "tenant.parentId");
        }
        if (kind == CollectiviteType.EPCI) {
            var parsed = CommuneList.parse(communes);
            if (parsed.error() != null) {
                // The list's own reading says which line is wrong and why.
                result.rejectValue("communes", "tenant.communes.ligne", parsed.error());
            } else if (parsed.communes().isEmpty()) {
                result.rejectValue("communes", "tenant.communes.vide");
            }
        }
    }

    /** Only once the form is valid ({@code @Valid} and {@link #check}): the collectivité to create. */
    NewCollectivite collectivite() {
        CollectiviteType kind = checked(kind());
        return new NewCollectivite(
                checked(slugValue()),
                kind,
                checked(IdentityForm.stripped(nom)),
                kind == CollectiviteType.EPCI ? null : insee(),
                SirenNumber.Check.digits(siren),
                checked(IdentityForm.stripped(academie)),
                checked(zoneVacances),
                parentId,
                "#1f4e79",
                "#2e5e2e",
                null,
                null,
                kind != CollectiviteType.DEPARTEMENT,
                kind != CollectiviteType.COMMUNE);
    }

    /** The member communes of a new intercommunalité (none for the other types). */
    List<CommuneMembre> members() {
        return kind() == CollectiviteType.EPCI ? CommuneList.parse(communes).communes() : List.of();
    }

    private @Nullable CollectiviteType kind() {
        return Arrays.stream(CollectiviteType.values())
                .filter(t -> t.name().equals(type))
                .findFirst()
                .orElse(null);
    }

    private @Nullable String slugValue() {
        String typed = IdentityForm.stripped(slug);
        if (typed != null) {
            return typed;
        }
        String name = IdentityForm.stripped(nom);
        return name == null ? null : Slugs.of(name);
    }

    private @Nullable String insee() {
        String typed = IdentityForm.stripped(codeInsee);
        return typed == null ? null : typed.toUpperCase(Locale.ROOT);
    }

    private static <T> T checked(@Nullable T value) {
        return Objects.requireNonNull(value, "checked by Bean Validation and check()");
    }
}
