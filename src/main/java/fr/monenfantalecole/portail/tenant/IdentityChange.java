package fr.monenfantalecole.portail.tenant;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A validated change of a collectivité's identity, as typed by its agent.
 *
 * @param communes the member communes of an intercommunalité; null leaves them as they are
 */
record IdentityChange(
        String nom,
        @Nullable String siren,
        String academie,
        String zoneVacances,
        @Nullable String siteWeb,
        @Nullable String piedDePage,
        boolean afficherEcoles,
        boolean afficherColleges,
        List<String> hosts,
        @Nullable List<CommuneMembre> communes) {}
