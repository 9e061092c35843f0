package fr.monenfantalecole.portail.fiche;

import java.util.Optional;

/**
 * The price grids a sheet shows through {@code {{tarifs:kind | fallback}}}: prices are written once,
 * in the collectivité's grids, and never copied into a sheet's text (implemented by the service
 * module, which owns the grids).
 */
public interface TarifsEnFiche {

    /** The kinds of service a national sheet can name; each collectivité names its own services. */
    enum Kind {
        RESTAURATION,
        PERISCOLAIRE,
        LOISIRS;

        public String key() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        public static Optional<Kind> of(String key) {
            for (Kind k : values()) {
                if (k.key().equals(key)) {
                    return Optional.of(k);
                }
            }
            return Optional.empty();
        }
    }

    /** The grids of this kind for the school year in force, as sanitisable HTML; empty when there are none. */
    Optional<String> html(long collectiviteId, Kind kind);
}
