package fr.monenfantalecole.portail.tenant;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A subscribing collectivité (the tenant) with its identity and branding.
 *
 * @param codeInsee the commune's INSEE code, the département's code, null for an EPCI
 * @param version incremented on every branding change, so that cached theme and logo URLs change
 */
public record Collectivite(
        long id,
        String slug,
        CollectiviteType type,
        String nom,
        @Nullable String codeInsee,
        @Nullable String siren,
        String academie,
        String zoneVacances,
        @Nullable Long parentId,
        String couleurPrimaire,
        String couleurSecondaire,
        @Nullable String siteWeb,
        @Nullable String piedDePage,
        boolean afficherEcoles,
        boolean afficherColleges,
        boolean hasLogo,
        int version,
        Instant updatedAt) {

    /** How parents read the kind and name together: "Commune de Fougères". */
    public String titre() {
        return nom;
    }
}
