package fr.monenfantalecole.portail.rubrique;

import fr.monenfantalecole.portail.school.SchoolPageKey;
import org.jspecify.annotations.Nullable;

/**
 * A page of the school pages ("page d'école"): what carries the rubriques, for a school of the
 * Annuaire ({@code school.Etablissement}, key = its UAI) or for an establishment the collectivité
 * runs itself ({@link LocalStructure}, key = "L" + id: {@link SchoolPageKey}). Not an establishment: the establishment as
 * the school pages present it.
 *
 * @param publicPath the page's path under the portal's base path ("/ecoles/0350001A")
 */
public record SchoolPage(
        String key,
        String nom,
        String commune,
        String nature,
        String publicPath,
        @Nullable String mail) {

    public boolean local() {
        return SchoolPageKey.parse(key).orElse(null) instanceof SchoolPageKey.Local;
    }
}
