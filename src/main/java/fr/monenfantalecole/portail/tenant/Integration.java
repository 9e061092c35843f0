package fr.monenfantalecole.portail.tenant;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * How a collectivité shows its portal inside its own website.
 *
 * @param origines the web origins allowed to embed it (CORS and frame-ancestors): "https://www.fougeres.fr"
 * @param urlBase the page of the collectivité's site that hosts the embedded portal, so that links stay there
 * @param zones what may be embedded
 * @param credit the discreet credit line; null: the default one
 */
public record Integration(
        List<String> origines,
        @Nullable String urlBase,
        Set<Zone> zones,
        @Nullable String credit) {

    public static final String CREDIT_PAR_DEFAUT = "Service proposé avec Mon enfant à l'école";

    public static final Integration AUCUNE = new Integration(List.of(), null, Set.of(), null);

    public boolean allows(Zone zone) {
        return zones.contains(zone);
    }

    public boolean allowsOrigin(@Nullable String origin) {
        return origin != null && origines.contains(origin.toLowerCase(Locale.ROOT));
    }

    public String creditAffiche() {
        return credit == null || credit.isBlank() ? CREDIT_PAR_DEFAUT : credit;
    }

    /**
     * The origin form of what an agent typed ("https://www.fougeres.fr/" → "https://www.fougeres.fr"),
     * or null when it is not an https origin (http is accepted only for this machine, to try things out).
     */
    public static @Nullable String origin(@Nullable String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            var uri = new URI(typed.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            String host = uri.getHost() == null ? null : uri.getHost().toLowerCase(Locale.ROOT);
            if (host == null
                    || uri.getRawUserInfo() != null
                    || (uri.getRawPath() != null && uri.getRawPath().length() > 1)
                    || uri.getRawQuery() != null
                    || uri.getRawFragment() != null) {
                return null;
            }
            boolean loopback = host.equals("localhost") || host.equals("127.0.0.1") || host.endsWith(".localhost");
            if (!scheme.equals("https") && !(scheme.equals("http") && loopback)) {
                return null;
            }
            if (!loopback && !host.contains(".")) {
                return null;
            }
            int port = uri.getPort();
            boolean defaultPort =
                    port < 0 || (scheme.equals("https") && port == 443) || (scheme.equals("http") && port == 80);
            // Browsers send the Origin header without a default port.
            return scheme + "://" + host + (defaultPort ? "" : ":" + port);
        } catch (java.net.URISyntaxException e) {
            return null;
        }
    }
}
