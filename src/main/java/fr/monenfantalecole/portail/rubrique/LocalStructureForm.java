package fr.monenfantalecole.portail.rubrique;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Arrays;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;

/**
 * An establishment the collectivité runs, as typed in "Structures municipales" (bound as
 * "structureForm": its messages are in i18n/rubrique.properties). The position is optional, in
 * decimal degrees with a comma or a point.
 */
public record LocalStructureForm(
        @NotBlank @Size(max = 150) String nom,
        String nature,
        @NotBlank @Size(max = 300) String adresse,
        String latitude,
        String longitude) {

    public LocalStructureForm {
        nom = Objects.requireNonNullElse(nom, "");
        nature = Objects.requireNonNullElse(nature, "");
        adresse = Objects.requireNonNullElse(adresse, "");
        latitude = Objects.requireNonNullElse(latitude, "");
        longitude = Objects.requireNonNullElse(longitude, "");
    }

    static LocalStructureForm empty() {
        return new LocalStructureForm("", "", "", "", "");
    }

    /** The rules Bean Validation cannot see: the kind among the list, both coordinates or neither. */
    void check(Errors result) {
        if (kind() == null) {
            result.rejectValue("nature", "structure.nature");
        }
        if (!positionValid()) {
            result.rejectValue("latitude", "structure.position");
        }
    }

    /** The kind chosen, or null when the value is not one of the list. */
    LocalStructure.@Nullable Nature kind() {
        return Arrays.stream(LocalStructure.Nature.values())
                .filter(n -> n.name().equals(nature))
                .findFirst()
                .orElse(null);
    }

    /** Both coordinates left empty, or both a position a map can show. */
    boolean positionValid() {
        if (!hasPosition()) {
            return true;
        }
        Double lat = parse(latitude);
        Double lon = parse(longitude);
        return lat != null && lon != null && LocalStructure.isPosition(lat, lon);
    }

    boolean hasPosition() {
        return !latitude.isBlank() || !longitude.isBlank();
    }

    @Nullable
    Double lat() {
        return hasPosition() ? parse(latitude) : null;
    }

    @Nullable
    Double lon() {
        return hasPosition() ? parse(longitude) : null;
    }

    private static @Nullable Double parse(String degrees) {
        try {
            return Double.valueOf(degrees.strip().replace(',', '.'));
        } catch (NumberFormatException ex) {
            return null;
        }
    }
}
