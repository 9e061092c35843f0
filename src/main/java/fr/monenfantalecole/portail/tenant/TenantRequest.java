package fr.monenfantalecole.portail.tenant;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The collectivité a request belongs to, resolved before anything else from the host name or the
 * first path segment, and how the page is shown.
 *
 * @param basePath what public links start with: "/fougeres" when resolved from the path, "" on the
 *     collectivité's own host name; "/fougeres/integre" inside an iframe, so that links stay in it
 * @param chemin the page's path inside the portal, after the slug ("/questions")
 * @param canonicalBase the collectivité's own address that search engines should credit
 *     ("https://ecoles.fougeres.fr"), null when it has none
 */
public record TenantRequest(
        Collectivite collectivite,
        String basePath,
        Mode mode,
        Integration integration,
        String chemin,
        @Nullable String canonicalBase) {

    static final String ATTRIBUTE = TenantRequest.class.getName();

    /** A full page, a page inside an iframe of the collectivité's site, or a fragment rendered by the embed script. */
    public enum Mode {
        PAGE,
        IFRAME,
        FRAGMENT
    }

    public static Optional<TenantRequest> of(HttpServletRequest request) {
        return Optional.ofNullable((TenantRequest) request.getAttribute(ATTRIBUTE));
    }

    public Site site() {
        return Site.of(this);
    }

    /** A public link inside this collectivité's portal: {@code link("/ecoles")}. */
    public String link(String path) {
        return basePath + path;
    }
}
