package fr.monenfantalecole.portail.audience;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A view as the filter saw it, held in memory only until the next batch (a second): the address and
 * user agent are hashed then and never written anywhere.
 */
record PageView(
        Instant instant,
        long collectiviteId,
        PageKind kind,
        String cible,
        @Nullable Integer resultats,
        Channel channel,
        Device device,
        String address,
        String userAgent) {}
