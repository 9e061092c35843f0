package fr.monenfantalecole.portail.support;

import fr.monenfantalecole.portail.tenant.Collectivite;
import fr.monenfantalecole.portail.tenant.CollectiviteType;
import fr.monenfantalecole.portail.tenant.Integration;
import fr.monenfantalecole.portail.tenant.TenantRequest;
import java.time.Instant;
import org.springframework.mock.web.MockHttpServletRequest;

/**
 * A GET of a commune's public page as the tenant filter hands it on (its {@link TenantRequest}
 * attached), for a test or a benchmark that runs one filter on a mock request without a server.
 */
public final class PageRequests {

    private PageRequests() {}

    /** {@code GET /{slug}{chemin}} of a plain commune with this id, shown as a page. */
    public static MockHttpServletRequest page(long id, String slug, String chemin) {
        var request = new MockHttpServletRequest("GET", "/" + slug + chemin);
        request.setAttribute(
                TenantRequest.class.getName(),
                new TenantRequest(
                        commune(id, slug), "/" + slug, TenantRequest.Mode.PAGE, Integration.AUCUNE, chemin, null));
        return request;
    }

    /** A commune with the plain settings of a new subscription (Fougères's codes, default colours). */
    public static Collectivite commune(long id, String slug) {
        return new Collectivite(
                id,
                slug,
                CollectiviteType.COMMUNE,
                "Fougères",
                "35115",
                null,
                "Rennes",
                "B",
                null,
                "#000000",
                "#000000",
                null,
                null,
                true,
                false,
                false,
                false,
                null,
                1,
                Instant.EPOCH);
    }
}
