package fr.monenfantalecole.portail.tenant;

import org.jspecify.annotations.Nullable;

/** What it takes to create a collectivité. */
public record NewCollectivite(
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
        boolean afficherColleges) {}
