package fr.monenfantalecole.portail.tenant;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A subscribing collectivité (the tenant) with its identity and branding.
 *
 * @param codeInsee the commune's INSEE code, the département's code, null for an EPCI
 * @param hasBanniere whether an uploaded banner image exists (it wins over the illustration)
 * @param illustration the name of a {@link Illustration} shipped with the portal, or null
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
        boolean hasBanniere,
        @Nullable String illustration,
        int version,
        Instant updatedAt) {

    /** How parents read the kind and name together: "Commune de Fougères". */
    public String titre() {
        return nom;
    }
}
