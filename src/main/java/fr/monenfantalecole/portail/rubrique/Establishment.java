package fr.monenfantalecole.portail.rubrique;

import org.jspecify.annotations.Nullable;

/**
 * An establishment whose page carries the rubriques: a school of the Annuaire (key = its UAI) or
 * an establishment the collectivité runs (key = "L" + id).
 *
 * @param publicPath the page's path under the portal's base path ("/ecoles/0350001A")
 */
public record Establishment(
        String key,
        String nom,
        String commune,
        String nature,
        String publicPath,
        @Nullable String mail) {

    public boolean local() {
        return key.startsWith("L");
    }
}
